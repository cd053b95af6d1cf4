package org.loopscope.loop;

import org.loopscope.trace.MarkKind;

/** A line a pattern printed, or a warning the loop raised, with its loop time and lane. */
public record LoopMessage(long timeNs, int lane, String laneName, MarkKind kind, String text) {
    /** "[1.000s] main: doing other work..." */
    public String format() {
        String prefix = kind == MarkKind.PRINT ? "" : kind.label() + ": ";
        return String.format(java.util.Locale.ROOT, "[%7.3fs] %s: %s%s", timeNs / 1e9, laneName, prefix, text);
    }
}
