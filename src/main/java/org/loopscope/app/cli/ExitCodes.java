package org.loopscope.app.cli;

/** What the command line returns. */
public final class ExitCodes {
    /** Everything went as the lesson intends. */
    public static final int OK = 0;
    /** The pattern's main ended in an error that it did not catch, or the run failed. */
    public static final int RUN_FAILED = 1;
    /** Unknown pattern, bad parameter or option: nothing was run. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
