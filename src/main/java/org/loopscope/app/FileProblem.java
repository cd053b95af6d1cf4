package org.loopscope.app;

/**
 * A file the window could not write or read, as an error dialog shows it.
 *
 * @param title   what failed, e.g. "Could not export gather.png"
 * @param message why, in one line (the exporter's or the reader's own message)
 */
public record FileProblem(String title, String message) {
}
