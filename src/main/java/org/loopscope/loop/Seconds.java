package org.loopscope.loop;

import java.util.Locale;

/** Formatting shared by labels: seconds the way Python prints them (1.0, 0.5, 2.25). */
public final class Seconds {
    private Seconds() {
    }

    public static String format(double seconds) {
        if (seconds == Math.rint(seconds) && Math.abs(seconds) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", seconds);
        }
        String s = String.format(Locale.ROOT, "%.6f", seconds);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
