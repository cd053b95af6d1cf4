package org.loopscope.app;

/**
 * "Show this lane at this moment": raised by a click on a console or log line; the chart selects
 * the lane and centres its time window on {@code timeNs}.
 *
 * @param run    0 for the main run's chart, 1 for the compared run's chart
 * @param lane   lane id in that run's trace model
 * @param timeNs loop time to centre on
 */
public record FocusRequest(int run, int lane, long timeNs) {
}
