package org.loopscope.gantt.render;

import org.loopscope.trace.TraceModel;

/** What every drawing layer of one frame needs. */
record RenderContext(TraceModel model, ChartView view, ChartLayout layout, ChartTheme theme,
                     ChartPainter painter, HitMap hits) {
    Rgba color(ThemeColor token) {
        return theme.color(token);
    }

    TimeAxis axis() {
        return layout.axis();
    }

    /** Bottom of the lane area actually drawn (the last row or the viewport, whichever is higher). */
    double lanesBottom() {
        return Math.min(layout.height(), layout.rowTop(layout.rows()));
    }
}
