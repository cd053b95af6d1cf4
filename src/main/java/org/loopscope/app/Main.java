package org.loopscope.app;

/**
 * Entry point of the runnable jar and of {@code mvn javafx:run}: with no arguments, or with the
 * window's own options ({@code --pattern gather --run}, see {@link WindowOptions}), it opens
 * the window; otherwise it runs the command line. A plain class (not an Application) so that
 * the jar starts with JavaFX on the class path.
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
            javafx.application.Application.launch(LoopscopeApp.class, args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
