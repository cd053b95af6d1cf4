package org.loopscope.trace;

/**
 * One row of the chart.
 *
 * @param id        index in {@link TraceModel#lanes()}
 * @param name      label such as {@code main}, {@code fetch(url1)}, {@code loop}, {@code worker-1}
 * @param kind      loop, task or executor worker
 * @param parent    lane of the task that created this one, or -1
 * @param sortIndex display order (smaller first)
 */
public record Lane(int id, String name, LaneKind kind, int parent, int sortIndex) {
}
