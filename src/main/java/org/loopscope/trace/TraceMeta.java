package org.loopscope.trace;

/**
 * What a trace is of.
 *
 * @param pattern pattern id, or the file name for a foreign trace
 * @param title   human title shown above the chart
 * @param clock   "virtual", "real" or "imported"
 * @param version the Loopscope version that wrote it (or the foreign tool's name)
 */
public record TraceMeta(String pattern, String title, String clock, String version) {
    public static TraceMeta untitled() {
        return new TraceMeta("", "", "virtual", "");
    }
}
