package org.loopscope.patterns.library;

import java.util.Locale;
import org.loopscope.trace.TraceModel;

/** Small look-ups the patterns' callouts share. */
final class PatternModels {
    private PatternModels() {
    }

    /** The first lane with this exact name, or -1. */
    static int laneNamed(TraceModel model, String name) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).name().equals(name)) {
                return lane;
            }
        }
        return -1;
    }

    /** "1.5 s" for a loop time in ns. */
    static String seconds(long ns) {
        return String.format(Locale.ROOT, "%.1f s", ns / 1e9);
    }
}
