package org.loopscope.gantt.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bars and marks drawn in the last frame with their bounds, so hover and click are
 * answered from what was drawn rather than from thousands of Nodes. Bars are recorded lane by
 * lane in x order, so a lookup is one map access and a binary search.
 */
public final class HitMap {
    /** A bar under the pointer: its lane and segment index (see {@link SegmentInfo#of}). */
    public record Hit(int lane, int segment, double x, double y, double w, double h) {
    }

    /** A mark under the pointer: its index in {@code model.marks()}. */
    public record MarkHit(int markIndex, double x, double y, double size) {
    }

    private int[] lanes = new int[256];
    private int[] segments = new int[256];
    private double[] x0 = new double[256];
    private double[] x1 = new double[256];
    private double[] tops = new double[256];
    private double[] heights = new double[256];
    private int size;
    private final Map<Integer, int[]> laneRanges = new HashMap<>();
    private final java.util.List<MarkHit> marks = new java.util.ArrayList<>();

    public void clear() {
        size = 0;
        laneRanges.clear();
        marks.clear();
    }

    /** Records a bar; bars of one lane must be added together, left to right. */
    public void addBar(int lane, int segment, double x, double y, double w, double h) {
        if (size == lanes.length) {
            grow();
        }
        lanes[size] = lane;
        segments[size] = segment;
        x0[size] = x;
        x1[size] = x + w;
        tops[size] = y;
        heights[size] = h;
        int[] range = laneRanges.computeIfAbsent(lane, l -> new int[] {size, size});
        range[1] = size + 1;
        size++;
    }

    public void addMark(int markIndex, double x, double y, double size) {
        marks.add(new MarkHit(markIndex, x, y, size));
    }

    public int barCount() {
        return size;
    }

    /** The bar of {@code lane} covering x (the whole lane row counts, not only the painted bar), or null. */
    public Hit barAt(int lane, double x) {
        int[] range = laneRanges.get(lane);
        if (range == null) {
            return null;
        }
        int lo = range[0];
        int hi = range[1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x1[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // Thin bars are hard to hit: accept the nearest one within 2 px.
        for (int i : new int[] {lo, lo - 1}) {
            if (i >= range[0] && i < range[1] && x >= x0[i] - 2 && x < x1[i] + 2) {
                return new Hit(lanes[i], segments[i], x0[i], tops[i], x1[i] - x0[i], heights[i]);
            }
        }
        return null;
    }

    /** The mark whose symbol contains the point, or null. */
    public MarkHit markAt(double x, double y) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            MarkHit m = marks.get(i);
            if (Math.abs(x - m.x()) <= m.size() && Math.abs(y - m.y()) <= m.size()) {
                return m;
            }
        }
        return null;
    }

    private void grow() {
        int capacity = lanes.length * 2;
        lanes = Arrays.copyOf(lanes, capacity);
        segments = Arrays.copyOf(segments, capacity);
        x0 = Arrays.copyOf(x0, capacity);
        x1 = Arrays.copyOf(x1, capacity);
        tops = Arrays.copyOf(tops, capacity);
        heights = Arrays.copyOf(heights, capacity);
    }
}
