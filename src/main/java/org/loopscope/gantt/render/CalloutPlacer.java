package org.loopscope.gantt.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides where a callout box goes and how its text breaks, so that the whole text shows
 * inside the plot. Deterministic: the same chart always gives the same boxes.
 *
 * <p>Preference, first match wins: a box that hides no bar and no other callout — level with the
 * anchor and right of it (where a task's lane is empty after it ended), then above or below the
 * lane in the order that follows, then the same one or two rows farther away, then the nearest
 * such box farther right on those rows (not the anchor's own), whose leader back to the anchor
 * crosses no bar's text — then a box above
 * or below the lane that hides no bar's text; then the text on one line, then wrapped to two; the box above its lane (to the right of
 * the anchor, then to the left, then centred on it and pushed inside the plot), then below it;
 * boxes that miss the callouts already placed before boxes that overlap them. Above and below keep
 * the anchor lane's own bar visible, which is what the callout points at. Only when nothing fits
 * does the box sit beside the anchor, over its lane.
 */
final class CalloutPlacer {
    static final double FONT = 11;
    static final double LINE = 14;
    static final double PAD = 5;
    /** Widest one-line box text before it wraps, at scale 1, unless half the plot is wider. */
    static final double MAX_WIDTH = 360;
    static final int MAX_LINES = 2;
    /** Horizontal distance from the anchor to the box. */
    static final double OFFSET = 14;
    /** Vertical gap between the box and its lane row. */
    static final double GAP = 4;
    /** How many rows a box that hides nothing may sit away from its lane (its leader crosses them). */
    static final int FARTHEST_ROWS = 2;
    /** How far a box that hides nothing moves right at a time while looking for a free place. */
    static final double SLIDE_STEP = 6;
    /** Free places per row whose leader is tested: bounds the work on a chart redrawn every frame. */
    static final int LEADER_TRIES = 12;

    /** A rectangle in chart pixels. */
    record Box(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }

        boolean inside(Box o) {
            double slack = 0.5;
            return x >= o.x - slack && y >= o.y - slack && right() <= o.right() + slack && bottom() <= o.bottom() + slack;
        }
    }

    /** Where one callout goes: its box and its text, one entry per line. */
    record Placement(Box box, List<String> lines) {
    }

    private final ChartPainter painter;
    private final double scale;
    private final Box plot;
    private final Predicate<Box> hidesBars;
    private final Predicate<Box> hidesLabels;
    private final List<Box> placed = new ArrayList<>();

    /**
     * Places callouts inside {@code plot}, knowing nothing of the bars (so never over the anchor's
     * lane unless nothing else fits); each placement is remembered so later ones avoid it.
     */
    CalloutPlacer(ChartPainter painter, double scale, Box plot) {
        this(painter, scale, plot, box -> true, box -> true);
    }

    /**
     * The same, preferring boxes that hide no bar ({@code hidesBars}), then boxes that hide no
     * bar's text ({@code hidesLabels}).
     */
    CalloutPlacer(ChartPainter painter, double scale, Box plot, Predicate<Box> hidesBars, Predicate<Box> hidesLabels) {
        this.painter = painter;
        this.scale = scale;
        this.plot = plot;
        this.hidesBars = hidesBars;
        this.hidesLabels = hidesLabels;
    }

    double font() {
        return FONT * scale;
    }

    double lineHeight() {
        return LINE * scale;
    }

    double pad() {
        return PAD * scale;
    }

    /** Places a callout anchored at {@code anchorX} on the lane row {@code [laneTop, laneTop + laneHeight)}. */
    Placement place(String text, double anchorX, double laneTop, double laneHeight) {
        List<List<String>> layouts = textLayouts(text);
        for (List<String> lines : layouts) {
            List<Box> clear = new ArrayList<>();
            clear.add(besideRight(lines, anchorX, laneTop + laneHeight / 2));
            for (int rowsAway = 0; rowsAway <= FARTHEST_ROWS; rowsAway++) {
                clear.addAll(candidates(lines, anchorX, laneTop - rowsAway * laneHeight, laneHeight * (1 + 2 * rowsAway)));
            }
            for (Box box : clear) {
                if (box.inside(plot) && placed.stream().noneMatch(box::overlaps) && !hidesBars.test(box)) {
                    return remember(new Placement(box, lines));
                }
            }
        }
        for (List<String> lines : layouts) {
            Box free = firstFreeSlidRight(lines, anchorX, laneTop, laneHeight);
            if (free != null) {
                return remember(new Placement(free, lines));
            }
        }
        for (List<String> lines : layouts) {
            for (Box box : candidates(lines, anchorX, laneTop, laneHeight)) {
                if (box.inside(plot) && placed.stream().noneMatch(box::overlaps) && !hidesLabels.test(box)) {
                    return remember(new Placement(box, lines));
                }
            }
        }
        for (boolean avoidOthers : new boolean[] {true, false}) {
            for (List<String> lines : layouts) {
                for (Box box : candidates(lines, anchorX, laneTop, laneHeight)) {
                    if (box.inside(plot) && (!avoidOthers || placed.stream().noneMatch(box::overlaps))) {
                        return remember(new Placement(box, lines));
                    }
                }
            }
        }
        List<String> lines = layouts.get(layouts.size() - 1);
        return remember(new Placement(beside(lines, anchorX, laneTop + laneHeight / 2), lines));
    }

    private Placement remember(Placement placement) {
        placed.add(placement.box());
        return placement;
    }

    /** One line per paragraph if every paragraph fits the widest box, and the wrapped version. */
    private List<List<String>> textLayouts(String text) {
        String[] paragraphs = text.split("\n");
        // A wide chart takes a long line (one row covered); a narrow one wraps (two rows, less width).
        double maxWidth = Math.max(Math.min(Math.max(MAX_WIDTH * scale, plot.w() / 2), plot.w() - 2 * pad()), font());
        List<String> oneLine = new ArrayList<>();
        List<String> wrapped = new ArrayList<>();
        boolean allFit = true;
        for (String paragraph : paragraphs) {
            allFit &= painter.textWidth(paragraph, font(), false) <= maxWidth;
            oneLine.add(paragraph);
            wrapped.addAll(TextMetrics.wrap(painter, paragraph, font(), false, maxWidth, MAX_LINES));
        }
        return allFit ? List.of(oneLine) : List.of(wrapped);
    }

    private double width(List<String> lines) {
        return TextMetrics.widest(painter, lines, font(), false) + 2 * pad();
    }

    private double height(List<String> lines) {
        return lines.size() * lineHeight() + 2 * pad() - 4 * scale;
    }

    private List<Box> candidates(List<String> lines, double anchorX, double laneTop, double laneHeight) {
        double w = width(lines);
        double h = height(lines);
        double offset = OFFSET * scale;
        double gap = GAP * scale;
        double right = anchorX + offset;
        double left = anchorX - offset - w;
        double centred = clamp(anchorX - w / 2, plot.x(), plot.right() - w);
        List<Box> boxes = new ArrayList<>();
        for (double y : new double[] {laneTop - gap - h, laneTop + laneHeight + gap}) {
            boxes.add(new Box(right, y, w, h));
            boxes.add(new Box(left, y, w, h));
            boxes.add(new Box(centred, y, w, h));
        }
        return boxes;
    }

    /**
     * The nearest box right of the anchor, up to {@link #FARTHEST_ROWS} rows above or below it,
     * that hides no bar: the rows of tasks that ended early (the semaphore's first ten requests)
     * are empty from their end on. Each row offers its nearest free place (sliding in small steps
     * up to half the plot); the nearest of those whose leader crosses no bar's text wins. Not on
     * the anchor's own row: its leader would run along the lane's own bar, through its text. At
     * most {@link #LEADER_TRIES} leader tests per row keep this cheap on a chart redrawn every
     * frame. Null if none.
     */
    private Box firstFreeSlidRight(List<String> lines, double anchorX, double laneTop, double laneHeight) {
        double w = width(lines);
        double h = height(lines);
        double gap = GAP * scale;
        double step = SLIDE_STEP * scale;
        double first = anchorX + OFFSET * scale;
        double anchorY = laneTop + laneHeight / 2;
        List<Box> free = new ArrayList<>();
        for (int rowsAway = 0; rowsAway <= FARTHEST_ROWS; rowsAway++) {
            for (double y : new double[] {laneTop - rowsAway * laneHeight - gap - h, laneTop + (1 + rowsAway) * laneHeight + gap}) {
                int found = 0;
                for (double x = first; x <= first + plot.w() / 2 && x + w <= plot.right() && found < LEADER_TRIES; ) {
                    Box box = new Box(x, y, w, h);
                    if (box.inside(plot) && placed.stream().noneMatch(box::overlaps) && !hidesBars.test(box)) {
                        free.add(box);
                        found++;
                        x += 4 * step; // farther along, the leader slants less: it may pass between texts
                    } else {
                        x += step;
                    }
                }
            }
        }
        free.sort(java.util.Comparator.comparingDouble(Box::x)); // stable: row order breaks ties
        for (Box box : free) {
            if (!leaderCrossesText(anchorX, anchorY, box)) {
                return box;
            }
        }
        return null;
    }

    /**
     * True if the leader from the anchor to {@code box} (drawn to the box's nearest point) would
     * cross a bar's text: probed every few pixels along it.
     */
    private boolean leaderCrossesText(double anchorX, double anchorY, Box box) {
        double toX = Math.max(box.x(), Math.min(box.right(), anchorX));
        double toY = Math.max(box.y(), Math.min(box.bottom(), anchorY));
        Box around = new Box(Math.min(anchorX, toX), Math.min(anchorY, toY), Math.abs(toX - anchorX) + 1, Math.abs(toY - anchorY) + 1);
        if (!hidesLabels.test(around)) {
            return false; // no text anywhere near it
        }
        double length = Math.hypot(toX - anchorX, toY - anchorY);
        int probes = (int) Math.ceil(length / (2 * scale));
        for (int i = 1; i < probes; i++) {
            double t = i / (double) probes;
            double x = anchorX + t * (toX - anchorX);
            double y = anchorY + t * (toY - anchorY);
            if (hidesLabels.test(new Box(x - 0.5, y - 0.5, 1, 1))) {
                return true;
            }
        }
        return false;
    }

    /** Level with the anchor and right of it, over the anchor's own lane. */
    private Box besideRight(List<String> lines, double anchorX, double anchorY) {
        double h = height(lines);
        return new Box(anchorX + OFFSET * scale, anchorY - h / 2, width(lines), h);
    }

    /** The last resort: level with the anchor, right of it if there is room, and inside the plot. */
    private Box beside(List<String> lines, double anchorX, double anchorY) {
        double w = width(lines);
        double h = height(lines);
        double offset = OFFSET * scale;
        double x = anchorX + offset + w <= plot.right() ? anchorX + offset : anchorX - offset - w;
        return new Box(clamp(x, plot.x(), plot.right() - w), clamp(anchorY - h / 2, plot.y(), plot.bottom() - h), w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
