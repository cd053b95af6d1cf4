package org.loopscope.app;

/** Where the current run is, as the toolbar and the status bar show it. */
public enum RunState {
    /** Nothing has run yet for the selected pattern. */
    IDLE,
    /** The loop is running. */
    RUNNING,
    /** The loop waits between two iterations (Pause or Step). */
    PAUSED,
    /** The pattern's main coroutine ended on its own (result or error). */
    FINISHED,
    /** The teacher stopped the run. */
    STOPPED;

    /** True while a loop thread exists that Pause, Step and Stop can act on. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }

    /** "Running", "Paused", ... */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
