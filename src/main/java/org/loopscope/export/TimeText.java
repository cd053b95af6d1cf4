package org.loopscope.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact, Locale-independent conversion between nanoseconds and the decimal numbers a trace
 * file holds (µs for ts/dur, ms for late_ms, s for total_s).
 *
 * <p>Why not {@code double}: a trace of a long run has ts values past 10^12 ns, where a double
 * round trip could move a segment edge by a nanosecond and make two neighbours overlap.
 * Numbers are written as {@code whole.fraction} with trailing zeros trimmed ("1500.0",
 * "1500.123") and parsed digit by digit, with {@link BigDecimal} only for exponents or
 * very long mantissas.
 */
final class TimeText {
    static final int MICROS = 3;
    static final int MILLIS = 6;
    static final int SECONDS = 9;

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000, 1_000_000_000};
    /** Below this a value rounds to 0 ns in every unit we use; lets us skip huge negative exponents cheaply. */
    private static final BigDecimal NEGLIGIBLE = new BigDecimal("1e-12");

    private TimeText() {
    }

    /** {@code ns} expressed in units of 10^scale ns, e.g. {@code decimal(1_500_000, MICROS)} is "1500.0". */
    static String decimal(long ns, int scale) {
        long unit = POW10[scale];
        long whole = ns / unit;
        long fraction = Math.abs(ns % unit);
        StringBuilder text = new StringBuilder(24);
        if (ns < 0 && whole == 0) {
            text.append('-');
        }
        text.append(whole).append('.');
        if (fraction == 0) {
            return text.append('0').toString();
        }
        String digits = Long.toString(fraction);
        text.append("0".repeat(scale - digits.length()));
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return text.append(digits, 0, end).toString();
    }

    /**
     * Parses a JSON number in units of 10^scale ns into ns, rounding half up below 1 ns.
     *
     * @param maxAbsNs largest magnitude accepted, so later sums of start and duration cannot overflow
     * @throws IllegalArgumentException with a short reason when the text is not a number or out of range
     */
    static long parseNanos(char[] buf, int off, int len, int scale, long maxAbsNs) {
        long fast = parsePlainDecimal(buf, off, len, scale, maxAbsNs);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(buf, off, len);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + shorten(new String(buf, off, len)));
        }
        if (value.abs().compareTo(NEGLIGIBLE) < 0) {
            return 0;
        }
        // scaleByPowerOfTen, not movePointRight: for "1e99999999" movePointRight would normalise the
        // scale to 0, computing all hundred million digits (seconds and gigabytes for 11 bytes of input)
        BigDecimal ns = value.scaleByPowerOfTen(scale);
        if (ns.abs().compareTo(BigDecimal.valueOf(maxAbsNs)) > 0) {
            throw outOfRange(buf, off, len, scale, maxAbsNs);
        }
        return ns.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long parseNanos(String text, int scale, long maxAbsNs) {
        return parseNanos(text.toCharArray(), 0, text.length(), scale, maxAbsNs);
    }

    /** The common case "-123.456": returns Long.MIN_VALUE when the text needs the slow path. */
    private static long parsePlainDecimal(char[] buf, int off, int len, int scale, long maxAbsNs) {
        int i = off;
        int end = off + len;
        boolean negative = i < end && buf[i] == '-';
        if (negative) {
            i++;
        }
        long whole = 0;
        int wholeDigits = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9') {
            if (++wholeDigits > 17) {
                return Long.MIN_VALUE;
            }
            whole = whole * 10 + (buf[i++] - '0');
        }
        if (wholeDigits == 0) {
            return Long.MIN_VALUE;
        }
        long fraction = 0;
        int fractionDigits = 0;
        boolean roundUp = false;
        if (i < end && buf[i] == '.') {
            i++;
            for (; i < end && buf[i] >= '0' && buf[i] <= '9'; i++) {
                if (fractionDigits < scale) {
                    fraction = fraction * 10 + (buf[i] - '0');
                    fractionDigits++;
                } else if (fractionDigits == scale) {
                    roundUp = buf[i] >= '5';
                    fractionDigits++;
                }
            }
        }
        if (i != end) {
            return Long.MIN_VALUE;
        }
        int kept = Math.min(fractionDigits, scale);
        fraction *= POW10[scale - kept];
        if (whole > (maxAbsNs - fraction) / POW10[scale]) {
            throw outOfRange(buf, off, len, scale, maxAbsNs);
        }
        long ns = whole * POW10[scale] + fraction + (roundUp ? 1 : 0);
        return negative ? -ns : ns;
    }

    private static IllegalArgumentException outOfRange(char[] buf, int off, int len, int scale, long maxAbsNs) {
        return new IllegalArgumentException(shorten(new String(buf, off, len)) + " is beyond the supported range of ±"
                + maxAbsNs / POW10[scale] + " " + unitName(scale));
    }

    static String unitName(int scale) {
        return switch (scale) {
            case MICROS -> "µs";
            case MILLIS -> "ms";
            case SECONDS -> "s";
            default -> "×10^" + scale + " ns";
        };
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
