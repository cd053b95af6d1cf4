package org.loopscope.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.PatternRun.ClockKind;

/**
 * How the window starts, from the launch command: which pattern is selected, whether it runs at
 * once, and the look. For demos and screenshots, e.g.
 * {@code loopscope --pattern gather --run --clock virtual --tab inspector}.
 *
 * @param pattern  pattern id to select, or null for the first one
 * @param clock    clock to run on, or null for the default (real)
 * @param run      start the run as soon as the window shows
 * @param compare  pattern id to compare with (turns compare mode on), or null
 * @param dark     dark theme
 * @param large    large text
 * @param tab      side-panel tab to show ("python", "java", "about", "inspector", "console", "warnings"), or null
 * @param params   parameter values, key → text
 * @param select   name of a lane to select as soon as it appears ("bad"), or null
 * @param open     a trace file to show read-only ({@code loopscope view FILE} launches with it), or null
 * @param closeAfterMs  for tests and demos: asks the window to close this many ms after it shows, by the same
 *                 close request a click on the title bar's close button sends; 0 = never
 */
public record WindowOptions(String pattern, ClockKind clock, boolean run, String compare, boolean dark, boolean large,
                            String tab, Map<String, String> params, String select, String open, long closeAfterMs) {
    private static final Set<String> WITH_VALUE = Set.of("--pattern", "--clock", "--compare", "--tab", "--param", "--select",
            "--open", "--close-after-ms");
    private static final Set<String> FLAGS = Set.of("--run", "--dark", "--large-text");

    public static WindowOptions none() {
        return new WindowOptions(null, null, false, null, false, false, null, Map.of(), null, null, 0);
    }

    /** True if {@code arg} is one of the window's options, so the launcher opens the window rather than the command line. */
    public static boolean isWindowOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return WITH_VALUE.contains(name) || FLAGS.contains(name);
    }

    /** Parses {@code --name value} and {@code --name=value}; unknown options are refused with the known ones listed. */
    public static WindowOptions parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (WITH_VALUE.contains(name)) {
                String value = eq > 0 ? arg.substring(eq + 1) : next(args, ++i, name);
                if (name.equals("--param")) {
                    addParam(params, value);
                } else {
                    values.put(name, value);
                }
            } else {
                throw new BadParameterException("unknown window option '" + arg + "' (known: " + known() + ")");
            }
        }
        String clock = values.get("--clock");
        return new WindowOptions(values.get("--pattern"), clock == null ? null : ClockKind.parse(clock),
                values.containsKey("--run"), values.get("--compare"), values.containsKey("--dark"),
                values.containsKey("--large-text"), lower(values.get("--tab")), Map.copyOf(params), values.get("--select"),
                values.get("--open"), millis(values.get("--close-after-ms")));
    }

    private static long millis(String text) {
        if (text == null) {
            return 0;
        }
        try {
            long ms = Long.parseLong(text.trim());
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // refused below, with the option's name
        }
        throw new BadParameterException("--close-after-ms must be a whole number of milliseconds above 0, got '" + text + "'");
    }

    private static String next(List<String> args, int i, String name) {
        if (i >= args.size()) {
            throw new BadParameterException("option " + name + " needs a value");
        }
        return args.get(i);
    }

    private static void addParam(Map<String, String> params, String keyValue) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) {
            throw new BadParameterException("--param '" + keyValue + "' must look like key=value");
        }
        params.put(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1));
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String known() {
        return String.join(", ", new java.util.TreeSet<>(java.util.stream.Stream.concat(WITH_VALUE.stream(), FLAGS.stream()).toList()));
    }
}
