package org.loopscope.export;

import java.util.Locale;

/**
 * What a trace file holds, as {@code view --check FILE} reports it.
 *
 * @param lanes    lanes of the resulting chart
 * @param events   entries of the traceEvents array
 * @param segments closed segments over all lanes (after flattening nested calls)
 * @param skipped  events read but not used: unknown phases, an E or f without its partner
 * @param startNs  start of the chart's time span (0: traces start at 0)
 * @param endNs    end of the chart's time span
 * @param imported true for a foreign Chrome trace, false for a Loopscope file
 */
public record TraceSummary(int lanes, long events, long segments, long skipped, long startNs, long endNs,
                           boolean imported) {
    /** One line such as {@code ok: 5 lanes, 42 events, 0.000–3.012 s}. */
    public String describe() {
        String line = String.format(Locale.ROOT, "ok: %d %s, %d %s, %.3f–%.3f s", lanes, lanes == 1 ? "lane" : "lanes",
                events, events == 1 ? "event" : "events", startNs / 1e9, endNs / 1e9);
        return skipped == 0 ? line : line + " (" + skipped + " skipped)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
