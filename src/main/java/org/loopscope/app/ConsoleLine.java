package org.loopscope.app;

import java.util.Locale;
import org.loopscope.loop.LoopMessage;
import org.loopscope.trace.MarkKind;

/**
 * One line of the console (what the pattern printed) or of the event log (warnings, errors,
 * never-awaited coroutines), with the loop time and lane it came from so a click can show that
 * moment on the chart.
 *
 * @param run      which run it came from: 0 for the main run, 1 for the compared one
 */
public record ConsoleLine(int run, long timeNs, int lane, String laneName, MarkKind kind, String text) {
    public static ConsoleLine of(int run, LoopMessage message) {
        return new ConsoleLine(run, message.timeNs(), message.lane(), message.laneName(), message.kind(), message.text());
    }

    /** "1.000 s" */
    public String timeText() {
        return String.format(Locale.ROOT, "%.3f s", timeNs / 1e9);
    }

    /** What a warning is, in words: "warning", "error", "never awaited". */
    public String kindText() {
        return kind.label().replace('-', ' ');
    }

    public boolean isWarning() {
        return kind != MarkKind.PRINT;
    }

    /** The line as a teacher would read it aloud: "[1.000 s] main: hello". */
    public String display() {
        String prefix = isWarning() ? kindText() + ": " : "";
        return "[" + timeText() + "] " + laneName + ": " + prefix + text;
    }
}
