package org.loopscope.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loopscope list}: one line per pattern, {@code id<TAB>category<TAB>title}, in the guide's order. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the patterns: id, category, title.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Pattern p : PatternRegistry.all()) {
            out.println(p.id() + "\t" + p.category().label() + "\t" + p.title());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
