package org.loopscope.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loopscope.export.ChromeTraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopscope view FILE}: opens a trace (Loopscope's own or any Chrome Trace Event file whose
 * lanes are threads) in the app, read-only. {@code --check} validates it without a window.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Opens a trace file in the app; with --check, validates it without a window.")
public final class ViewCommand implements Callable<Integer> {
    /** Opens the window on a trace; set by the app, so this package needs no JavaFX. */
    public interface Opener {
        void open(Path trace);
    }

    private static volatile Opener opener;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a Chrome Trace Event JSON file")
    Path file;

    @Option(names = "--check", description = "validate only: print a one-line summary, exit 0 if readable, 2 if not")
    boolean check;

    /** Called once by the app's entry point. */
    public static void setOpener(Opener windowOpener) {
        opener = windowOpener;
    }

    @Override
    public Integer call() throws IOException {
        var summary = new ChromeTraceReader().check(file); // a bad file fails here, before any window
        if (check) {
            spec.commandLine().getOut().println(file + ": " + summary.describe());
            return ExitCodes.OK;
        }
        Opener o = opener;
        if (o == null) {
            throw new IOException("cannot open a window from here; use --check to validate " + file);
        }
        o.open(file);
        return ExitCodes.OK;
    }
}
