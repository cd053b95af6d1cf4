package org.loopscope.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.loopscope.app.cli.ExitCodes;
import org.loopscope.app.cli.LoopscopeCommand;
import org.loopscope.patterns.BadParameterException;
import picocli.CommandLine;

/**
 * The command line (picocli). Every mistake a user can make — an unknown pattern, a bad
 * parameter, a bad option — ends the same way: one line on stderr starting with
 * {@code loopscope: } and exit code 2, so scripts and people can tell it from a failed run.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new LoopscopeCommand());
        cmd.getSubcommands().get("bench").addSubcommand(new LiveBenchCommand()); // needs JavaFX: added here, not in cli
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(errWriter)
                .setParameterExceptionHandler((e, badArgs) -> usageError(errWriter, e.getMessage()))
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof BadParameterException || e instanceof java.io.IOException) {
                        // bad input or an unwritable / unreadable file: the user's to fix, nothing was lost
                        return usageError(errWriter, e.getMessage());
                    }
                    errWriter.println("loopscope: " + e); // not the user's mistake: show what broke
                    return ExitCodes.RUN_FAILED;
                });
        try {
            return cmd.execute(args);
        } finally {
            cmd.getOut().flush();
            errWriter.flush();
        }
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("loopscope: " + firstLine(message));
        return ExitCodes.USAGE;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "bad command line";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
