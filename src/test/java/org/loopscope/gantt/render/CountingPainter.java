package org.loopscope.gantt.render;

import java.util.ArrayList;
import java.util.List;

/** A painter that draws nothing and counts: how many calls, which texts, which tagged shapes. */
public final class CountingPainter implements ChartPainter {
    /** A shape drawn while tagged: its state, lane and bounds. */
    public record Tagged(String state, int lane, double x, double y, double w, double h) {
    }

    /** A text and where it was written. */
    public record Placed(String text, double x, double y, TextStyle style) {
    }

    public int calls;
    /** Every text with its position, in the order of {@link #texts}. */
    public final List<Placed> placedTexts = new ArrayList<>();
    public int clipDepth;
    public final List<String> texts = new ArrayList<>();
    /** The style of each text, in the order of {@link #texts}. */
    public final List<TextStyle> textStyles = new ArrayList<>();
    public final List<Tagged> tagged = new ArrayList<>();
    private String state;
    private int lane = -1;

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        calls++;
        if (state != null) {
            tagged.add(new Tagged(state, lane, x, y, w, h));
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        calls++;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        calls++;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba color) {
        calls++;
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        calls++;
        texts.add(text);
        textStyles.add(style);
        placedTexts.add(new Placed(text, x, y, style));
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clipDepth++;
    }

    @Override
    public void popClip() {
        clipDepth--;
    }

    @Override
    public void tag(String newState, int newLane) {
        state = newState;
        lane = newLane;
    }

    @Override
    public void clearTag() {
        state = null;
        lane = -1;
    }

    public long taggedCount(String wantedState, int wantedLane) {
        return tagged.stream().filter(t -> t.state().equals(wantedState) && t.lane() == wantedLane).count();
    }
}
