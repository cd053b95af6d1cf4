package org.loopscope.gantt.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.gantt.render.SampleTraces.MS;

import org.junit.jupiter.api.Test;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

class ChartRendererTest {
    private static final double W = 1200;
    private static final double H = 600;

    @Test
    void drawsEveryStateOfTheSampleOnItsLane() {
        CountingPainter p = new CountingPainter();
        new ChartRenderer().render(SampleTraces.gather(), ChartView.of(0, 1000 * MS, W, H), ChartTheme.light(), p);

        assertThat(p.taggedCount("running", SampleTraces.WORKER)).isPositive();
        assertThat(p.taggedCount("blocking", SampleTraces.FETCH1)).isPositive();
        assertThat(p.taggedCount("waiting", SampleTraces.MAIN)).as("open segment").isPositive();
        assertThat(p.taggedCount("stalled", SampleTraces.LOOP)).isPositive();
        assertThat(p.clipDepth).as("clips balanced").isZero();
    }

    @Test
    void readyWhileTheLoopIsStalledIsDrawnStarved() {
        CountingPainter p = new CountingPainter();
        new ChartRenderer().render(SampleTraces.gather(), ChartView.of(0, 1000 * MS, W, H), ChartTheme.light(), p);

        // fetch(url2) is ready 105..300 ms; the loop is stalled 110..300 ms
        assertThat(p.taggedCount("starved", SampleTraces.FETCH2)).isPositive();
        assertThat(p.taggedCount("starved", SampleTraces.FETCH1)).as("fetch(url1) is blocking, not ready").isZero();
    }

    @Test
    void labelsAreWrittenOnlyWhenTheyFit() {
        CountingPainter wide = new CountingPainter();
        new ChartRenderer().render(SampleTraces.gather(), ChartView.of(0, 1000 * MS, W, H), ChartTheme.light(), wide);
        assertThat(wide.texts).contains("time.sleep(0.19)", "read_file()", "fetch(url1)", "gather() with a blocking call");

        // zoomed out 100x, the 190 ms blocking bar is ~2 px wide: no room for its label
        CountingPainter narrow = new CountingPainter();
        new ChartRenderer().render(SampleTraces.gather(), ChartView.of(0, 100_000 * MS, W, H), ChartTheme.light(), narrow);
        assertThat(narrow.texts).doesNotContain("time.sleep(0.19)", "read_file()").contains("fetch(url1)");
    }

    @Test
    void arrowsAndCalloutsFollowTheirToggles() {
        TraceModel model = SampleTraces.gather();
        CountingPainter on = new CountingPainter();
        new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, W, H), ChartTheme.light(), on);
        CountingPainter off = new CountingPainter();
        new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, W, H).withToggles(false, false), ChartTheme.light(), off);

        assertThat(on.texts).contains("ready, but the loop is stuck in time.sleep");
        assertThat(off.texts).doesNotContain("ready, but the loop is stuck in time.sleep");
        assertThat(on.calls).isGreaterThan(off.calls);
    }

    @Test
    void oneMillionSegmentsInALaneDrawWithBoundedCalls() {
        TraceModel model = SampleTraces.dense(2, 2_000_000);
        CountingPainter p = new CountingPainter();
        ChartRenderer renderer = new ChartRenderer();
        ChartLayout layout = renderer.render(model, ChartView.of(0, model.endNs(), W, H), ChartTheme.light(), p);

        // Each lane gives at most a few calls per pixel column, whatever its segment count.
        long bound = (long) layout.plotWidth() * 2 * 4 + 500;
        assertThat(p.calls).isLessThan((int) bound);
        assertThat(renderer.hits().barCount()).isLessThanOrEqualTo((int) layout.plotWidth() * 2 + 2);
    }

    @Test
    void tenThousandLanesOnlyDrawTheVisibleOnes() {
        TraceModel model = SampleTraces.dense(10_000, 1_000_000);
        CountingPainter p = new CountingPainter();
        ChartRenderer renderer = new ChartRenderer();
        ChartLayout layout = renderer.render(model, ChartView.of(0, model.endNs(), W, H).withScrollY(50_000),
                ChartTheme.light(), p);

        int visibleRows = layout.endVisibleRow() - layout.firstVisibleRow();
        assertThat(visibleRows).isBetween(1, (int) (H / ChartLayout.LANE_HEIGHT) + 1);
        long lanesDrawn = p.tagged.stream().mapToInt(CountingPainter.Tagged::lane).distinct().count();
        assertThat(lanesDrawn).isLessThanOrEqualTo(visibleRows);
        assertThat(p.calls).isLessThan(visibleRows * ((int) layout.plotWidth() * 4 + 50) + 500);
    }

    @Test
    void hoverIsAnsweredFromTheDrawnBars() {
        TraceModel model = SampleTraces.gather();
        ChartRenderer renderer = new ChartRenderer();
        ChartLayout layout = renderer.render(model, ChartView.of(0, 1000 * MS, W, H), ChartTheme.light(), new CountingPainter());

        double x = layout.axis().x(200 * MS);
        SegmentInfo blocking = renderer.segmentAt(model, x, layout.laneCenter(SampleTraces.FETCH1));
        assertThat(blocking.state()).isEqualTo(SegmentState.BLOCKING);
        assertThat(blocking.label()).isEqualTo("time.sleep(0.19)");

        SegmentInfo ready = renderer.segmentAt(model, x, layout.laneCenter(SampleTraces.FETCH2));
        assertThat(HoverText.describe(model, ready))
                .contains("fetch(url2)", "ready", "start 105 ms", "duration 195 ms", "timer fired 195 ms late");

        SegmentInfo open = renderer.segmentAt(model, layout.axis().x(900 * MS), layout.laneCenter(SampleTraces.MAIN));
        assertThat(open.open()).isTrue();
        assertThat(HoverText.describe(model, open)).contains("waiting on gather(fetch(url1), fetch(url2))");
        assertThat(renderer.segmentAt(model, x, layout.headerHeight() / 2)).as("header is not a lane").isNull();
    }

    @Test
    void hoverOverMergedSubPixelBarsFindsTheSegmentAtThatTime() {
        TraceModel model = SampleTraces.dense(2, 200_000);
        ChartRenderer renderer = new ChartRenderer();
        ChartLayout layout = renderer.render(model, ChartView.of(0, model.endNs(), W, H), ChartTheme.light(), new CountingPainter());

        double x = layout.plotX() + 300.5;
        SegmentInfo info = renderer.segmentAt(model, x, layout.laneCenter(1));
        assertThat(info).isNotNull();
        assertThat((double) info.startNs()).isCloseTo(layout.axis().ns(x), org.assertj.core.data.Offset.offset(1000.0));
    }
}
