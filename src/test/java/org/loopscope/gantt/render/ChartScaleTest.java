package org.loopscope.gantt.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.loopscope.gantt.render.SampleTraces.MS;

import org.junit.jupiter.api.Test;
import org.loopscope.trace.TraceModel;

/** The chart scale (large-text mode) and the lane rows that fill the viewport. */
class ChartScaleTest {
    private static final double W = 1200;
    private final TraceModel model = SampleTraces.gather();

    private static ChartLayout layout(TraceModel model, ChartView view) {
        return new ChartRenderer().layout(model, view, new CountingPainter());
    }

    @Test
    void aLargerScaleMakesRowsAxisHeaderAndLabelColumnLarger() {
        // given: the same view at scale 1 and 1.5, rows not filled
        ChartView normal = ChartView.of(0, 1000 * MS, W, 2000);
        ChartLayout one = layout(model, normal);
        ChartLayout large = layout(model, normal.withScale(1.5));

        // then: every size grows by the scale
        assertThat(one.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT);
        assertThat(large.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT * 1.5);
        assertThat(large.axisHeight()).isEqualTo(ChartLayout.AXIS_HEIGHT * 1.5);
        assertThat(large.labelFont()).isEqualTo(ChartLayout.LABEL_FONT * 1.5);
        assertThat(large.headerHeight()).isGreaterThan(one.headerHeight() * 1.4);
        assertThat(large.plotX()).isCloseTo(one.plotX() * 1.5, offset(1.0));
        assertThat(large.barHeight()).isEqualTo(one.barHeight() * 1.5);
    }

    @Test
    void aLargerScaleDrawsEveryTextLarger() {
        CountingPainter one = new CountingPainter();
        new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, W, 600), ChartTheme.light(), one);
        CountingPainter large = new CountingPainter();
        new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, W, 600).withScale(1.5), ChartTheme.light(), large);

        for (String text : new String[] {"loop", "fetch(url1)", "read_file()", "running", "gather() with a blocking call",
                "ready, but the loop is stuck in time.sleep"}) {
            assertThat(sizeOf(large, text)).as(text).isCloseTo(sizeOf(one, text) * 1.5, offset(0.01));
        }
        double smallest = large.textStyles.stream().mapToDouble(TextStyle::size).min().orElseThrow();
        assertThat(smallest).as("no text left at its small size").isGreaterThanOrEqualTo(11 * 1.5);
    }

    @Test
    void fewLanesGrowToFillTheHeightUpToTwiceTheirHeight() {
        // given: 5 lanes on a tall viewport, lanes filled
        ChartView tall = ChartView.of(0, 1000 * MS, W, 1000).withFillLanes(true);
        ChartLayout filled = layout(model, tall);

        // then: rows are capped at twice the base height
        assertThat(filled.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT * ChartLayout.MAX_FILL);
        assertThat(filled.barInset()).as("bars keep their proportion").isEqualTo(ChartLayout.BAR_INSET * 2);

        // when: the viewport has room for 1.5x rows only
        double room = 5 * ChartLayout.LANE_HEIGHT * 1.5;
        double height = filled.plotTop() + room + ChartLayout.MARGIN;
        ChartLayout partly = layout(model, tall.withSize(W, height));
        assertThat(partly.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT * 1.5);
        assertThat(partly.rowTop(partly.rows())).as("the last row ends above the bottom margin")
                .isLessThanOrEqualTo(height - ChartLayout.MARGIN);
    }

    @Test
    void lanesThatDoNotFitKeepTheirHeightAndScroll() {
        TraceModel many = SampleTraces.dense(100, 10_000);
        ChartLayout layout = layout(many, ChartView.of(0, many.endNs(), W, 600).withFillLanes(true));

        assertThat(layout.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT);
        assertThat(layout.contentHeight()).isGreaterThan(layout.lanesViewportHeight());
    }

    @Test
    void withoutFillingRowsStayCompactAsInAnExport() {
        ChartLayout compact = layout(model, ChartView.of(0, 1000 * MS, W, 1000));
        assertThat(compact.laneHeight()).isEqualTo(ChartLayout.LANE_HEIGHT);
    }

    @Test
    void filledRowsAreWholePixels() {
        assertThat(ChartLayout.filledLaneHeight(24, 7, 250)).isEqualTo(35);
        assertThat(ChartLayout.filledLaneHeight(24, 0, 250)).isEqualTo(24);
        assertThat(ChartLayout.filledLaneHeight(24, 20, 250)).isEqualTo(24);
    }

    @Test
    void aMinimumLabelColumnMovesThePlotRight() {
        ChartLayout own = layout(model, ChartView.of(0, 1000 * MS, W, 600));
        ChartLayout wider = layout(model, ChartView.of(0, 1000 * MS, W, 600).withMinLabelColumn(own.plotX() + 50));
        ChartLayout narrower = layout(model, ChartView.of(0, 1000 * MS, W, 600).withMinLabelColumn(own.plotX() - 50));

        assertThat(wider.plotX()).isEqualTo(own.plotX() + 50);
        assertThat(narrower.plotX()).as("never narrower than the names need").isEqualTo(own.plotX());
    }

    @Test
    void scalesOutsideTheSupportedRangeAreRefused() {
        assertThatThrownBy(() -> ChartView.of(0, 1, W, 600).withScale(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartView.of(0, 1, W, 600).withScale(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double sizeOf(CountingPainter p, String text) {
        int i = p.texts.indexOf(text);
        assertThat(i).as("drawn: " + text).isNotNegative();
        return p.textStyles.get(i).size();
    }
}
