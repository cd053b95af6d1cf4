package org.loopscope.app;

import java.io.PrintStream;

/** The command line (picocli). */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("loopscope: no command line yet");
        return 2;
    }
}
