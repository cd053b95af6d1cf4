package org.loopscope.export;

import java.io.IOException;

/**
 * A trace file that cannot be read: not JSON, truncated, the wrong shape, out of range or too
 * big. The message is one line naming the file, where (line/column and event index when
 * known) and what is wrong, fit to print as-is by the CLI or show in a dialog.
 */
public class TraceFormatException extends IOException {
    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
