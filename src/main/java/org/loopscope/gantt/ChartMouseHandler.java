package org.loopscope.gantt;

import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.loopscope.gantt.render.ChartLayout;

/**
 * Mouse input of the chart: drag pans (time and lanes), Ctrl/⌘ + wheel zooms around the
 * pointer, the wheel scrolls lanes (Shift or a sideways wheel pans time), a click selects a
 * lane, hovering updates the tooltip. Panning or scrolling in time stops following live.
 */
final class ChartMouseHandler {
    /** Wheel zoom per notch. */
    private static final double WHEEL_ZOOM = 1.25;
    /** Moves under this many pixels still count as a click. */
    private static final double CLICK_SLOP = 3;

    private final GanttChart chart;
    private final GanttChartSkin skin;
    private final Canvas canvas;
    private double pressX;
    private double pressY;
    private long pressStart;
    private double pressScrollY;
    private boolean dragging;

    ChartMouseHandler(GanttChart chart, GanttChartSkin skin, Canvas canvas) {
        this.chart = chart;
        this.skin = skin;
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> skin.hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> skin.hover(-1, -1));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        chart.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressStart = chart.getWindowStart();
        pressScrollY = skin.scrollY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        ChartLayout layout = skin.lastLayout();
        if (layout == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        if (Math.abs(dx) >= 1) {
            chart.setFollowLive(false);
            chart.setWindowStart(Math.round(pressStart - dx * layout.axis().nsPerPixel()));
        }
        skin.setScrollY(pressScrollY - dy);
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            ChartLayout layout = skin.lastLayout();
            int lane = layout == null ? -1 : layout.laneAt(e.getX(), e.getY());
                if (lane >= 0) {
                chart.setSelectedLane(lane);
            }
        }
        dragging = false;
    }

    private void scrolled(ScrollEvent e) {
        ChartLayout layout = skin.lastLayout();
        if (layout == null) {
            return;
        }
        if (e.isControlDown() || e.isShortcutDown()) {
            double x = Math.max(layout.plotX(), Math.min(layout.plotRight(), e.getX()));
            double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM : e.getDeltaY() < 0 ? 1 / WHEEL_ZOOM : 1;
            chart.zoomBy(factor, Math.round(layout.axis().ns(x)));
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            chart.panBy(Math.round(-delta * layout.axis().nsPerPixel()));
        } else {
            skin.setScrollY(skin.scrollY() - e.getDeltaY());
        }
        e.consume();
    }
}
