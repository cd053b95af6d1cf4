package org.loopscope.app;

import java.util.function.Consumer;
import org.loopscope.app.cli.ViewCommand;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}: with no arguments, or with the
 * window's own options ({@code --pattern gather --run}, see {@link WindowOptions}), it opens
 * the window; otherwise it runs the command line, where {@code view FILE} opens the window on
 * a trace file ({@code --open FILE}). A plain class (not an Application) so that the jar starts
 * with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || WindowOptions.isWindowOption(args[0])) {
            String problem = LaunchCheck.problem(args);
            if (problem != null) {
                System.err.println("loopscope: " + problem);
                System.exit(org.loopscope.app.cli.ExitCodes.USAGE);
            }
            launchWindow(args);
        } else {
            ViewCommand.setOpener(viewOpener(Main::launchWindow));
            System.exit(Cli.run(args, System.out, System.err));
        }
    }

    /**
     * What {@code loopscope view FILE} does once the file checked out: launch the window with
     * {@code --open FILE} (absolute, so the window finds it whatever its working directory).
     */
    static ViewCommand.Opener viewOpener(Consumer<String[]> launcher) {
        return trace -> launcher.accept(new String[] {"--open", trace.toAbsolutePath().toString()});
    }

    /** Returns when the window has closed. */
    private static void launchWindow(String[] args) {
        javafx.application.Application.launch(LoopscopeApp.class, args);
    }
}
