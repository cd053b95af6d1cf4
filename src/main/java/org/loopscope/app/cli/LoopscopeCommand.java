package org.loopscope.app.cli;

import java.util.concurrent.Callable;
import org.loopscope.patterns.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code loopscope <subcommand>}. New subcommands (export, view, bench) are listed here. */
@Command(name = "loopscope",
        mixinStandardHelpOptions = true,
        versionProvider = LoopscopeCommand.VersionProvider.class,
        description = "Runs the asyncio guide's examples on a traced event loop.",
        subcommands = {ListCommand.class, RunCommand.class})
public final class LoopscopeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show the usage and fail like any bad invocation. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"loopscope " + Version.get()};
        }
    }
}
