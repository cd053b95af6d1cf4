package org.loopscope.gantt.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tick spacing and labels for the time axis: "nice" 1-2-5 steps that adapt to the zoom. */
public final class TimeTicks {
    /** Labels need about this much room, so ticks are never closer. */
    public static final double MIN_TICK_SPACING_PX = 80;

    private static final long NS_PER_US = 1_000L;
    private static final long NS_PER_MS = 1_000_000L;
    private static final long NS_PER_S = 1_000_000_000L;

    private TimeTicks() {
    }

    /** The smallest 1, 2 or 5 × 10^k ns step that puts at least {@code minPixels} between ticks. */
    public static long chooseStep(double nsPerPixel, double minPixels) {
        double wanted = nsPerPixel * minPixels;
        long decade = 1;
        while (decade <= Long.MAX_VALUE / 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (decade * factor >= wanted) {
                    return decade * factor;
                }
            }
            decade *= 10;
        }
        return decade;
    }

    /**
     * The label of the tick at {@code ns}, in the unit that suits the step: seconds for steps of
     * 100 ms and more ("1.5 s"), milliseconds from 100 µs ("0.2 ms", "40 ms"), microseconds from
     * 100 ns, nanoseconds below. Decimals are as many as the step needs, so neighbours differ.
     */
    public static String label(long ns, long step) {
        long unit = unitFor(step);
        if (ns == 0) {
            return "0 " + unitName(unit);
        }
        int decimals = decimalsFor(step, unit);
        BigDecimal value = BigDecimal.valueOf(ns).divide(BigDecimal.valueOf(unit)).setScale(decimals, RoundingMode.HALF_UP);
        return value.toPlainString() + " " + unitName(unit);
    }

    static long unitFor(long step) {
        if (step >= 100 * NS_PER_MS) {
            return NS_PER_S;
        }
        if (step >= 100 * NS_PER_US) {
            return NS_PER_MS;
        }
        if (step >= 100) {
            return NS_PER_US;
        }
        return 1;
    }

    private static int decimalsFor(long step, long unit) {
        int decimals = 0;
        long scaled = step;
        long divisor = unit;
        while (scaled % divisor != 0) {
            divisor /= 10;
            decimals++;
        }
        return decimals;
    }

    private static String unitName(long unit) {
        if (unit == NS_PER_S) {
            return "s";
        }
        if (unit == NS_PER_MS) {
            return "ms";
        }
        return unit == NS_PER_US ? "µs" : "ns";
    }

    /** A duration for tooltips and titles, e.g. "1.25 s", "340 ms", "12.5 µs", "80 ns". */
    public static String duration(long ns) {
        long abs = Math.abs(ns);
        if (abs >= NS_PER_S) {
            return trim(ns / (double) NS_PER_S) + " s";
        }
        if (abs >= NS_PER_MS) {
            return trim(ns / (double) NS_PER_MS) + " ms";
        }
        if (abs >= NS_PER_US) {
            return trim(ns / (double) NS_PER_US) + " µs";
        }
        return ns + " ns";
    }

    /** Three significant digits at most, no trailing zeros. */
    private static String trim(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
