package org.loopscope.patterns;

import java.util.Locale;

/**
 * A parameter a teacher may change, with sane bounds: counts, delays, limits.
 *
 * @param key          name used on the command line ({@code --param delay=0.5})
 * @param label        what the UI shows
 * @param integer      whole numbers only
 * @param min          smallest allowed value
 * @param max          largest allowed value
 * @param defaultValue the guide's value
 * @param help         one line of explanation
 */
public record ParamSpec(String key, String label, boolean integer, double min, double max, double defaultValue, String help) {
    public static ParamSpec count(String key, String label, int min, int max, int dflt, String help) {
        return new ParamSpec(key, label, true, min, max, dflt, help);
    }

    public static ParamSpec seconds(String key, String label, double min, double max, double dflt, String help) {
        return new ParamSpec(key, label, false, min, max, dflt, help);
    }

    /** Parses and checks a value; the message names the parameter and its range. */
    public double parse(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException("parameter " + key + ": '" + text + "' is not a number" + range());
        }
        return check(value);
    }

    public double check(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new BadParameterException("parameter " + key + ": " + value + " is not a finite number" + range());
        }
        if (integer && value != Math.rint(value)) {
            // shown as given: format() would cut 2.5 to "2" and contradict the message
            throw new BadParameterException("parameter " + key + ": " + String.format(Locale.ROOT, "%s", value) + " is not a whole number" + range());
        }
        if (value < min || value > max) {
            throw new BadParameterException("parameter " + key + ": " + format(value) + " is out of range" + range());
        }
        return value;
    }

    private String range() {
        return " (allowed: " + format(min) + " to " + format(max) + ")";
    }

    public String format(double value) {
        return integer ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
