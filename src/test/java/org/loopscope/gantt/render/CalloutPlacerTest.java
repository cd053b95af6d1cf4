package org.loopscope.gantt.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.gantt.render.SampleTraces.MS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.gantt.render.CalloutPlacer.Box;
import org.loopscope.gantt.render.CalloutPlacer.Placement;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.Callout;
import org.loopscope.trace.TraceModel;

/** Callout boxes show their whole text inside the plot, off their own lane when there is room. */
class CalloutPlacerTest {
    private static final String LONG = "the blocking call happens here, on a worker thread, not on the loop, for five seconds";
    private static final String SHORT = "the timeout cancels slow_operation here";
    private final CountingPainter painter = new CountingPainter();
    /** A plot of 5 rows of 24 px from y = 100, 1000 px wide from x = 150. */
    private final Box plot = new Box(150, 100, 1000, 5 * 24);

    @Test
    void aShortTextStaysOnOneLineAboveAndRightOfItsAnchor() {
        Placement p = new CalloutPlacer(painter, 1, plot).place(SHORT, 400, 100 + 2 * 24, 24);

        assertThat(p.lines()).containsExactly(SHORT);
        assertThat(p.box().x()).isGreaterThan(400);
        assertThat(p.box().bottom()).isLessThanOrEqualTo(100 + 2 * 24);
    }

    @Test
    void aLongTextWrapsToTwoLinesWithNothingCut() {
        Placement p = new CalloutPlacer(painter, 1, plot).place(LONG, 160, 100 + 3 * 24, 24);

        assertThat(p.lines()).hasSize(2);
        assertThat(String.join(" ", p.lines())).isEqualTo(LONG);
        assertThat(p.box().inside(plot)).isTrue();
    }

    @Test
    void boxesStayInsideThePlotAndOffTheirLaneWhereverTheAnchorIs() {
        // anchors at the four corners and the middle of the plot, on every row
        for (int row = 0; row < 5; row++) {
            for (double x : new double[] {plot.x(), plot.x() + 5, plot.x() + plot.w() / 2, plot.right() - 5, plot.right()}) {
                double laneTop = plot.y() + row * 24;
                for (String text : new String[] {SHORT, LONG}) {
                    Placement p = new CalloutPlacer(painter, 1, plot).place(text, x, laneTop, 24);
                    assertThat(p.box().inside(plot)).as("%s at row %d, x %.0f: %s", text, row, x, p.box()).isTrue();
                    assertThat(p.box().overlaps(new Box(plot.x(), laneTop, plot.w(), 24)))
                            .as("covers its own lane at row %d, x %.0f", row, x).isFalse();
                    assertThat(String.join(" ", p.lines())).doesNotContain("…");
                }
            }
        }
    }

    @Test
    void withNoRoomAboveOrBelowTheBoxSitsBesideItsAnchorInsideThePlot() {
        Box oneRow = new Box(150, 100, 1000, 24);
        Placement p = new CalloutPlacer(painter, 1, oneRow).place(SHORT, oneRow.right() - 2, 100, 24);

        assertThat(p.box().x()).isGreaterThanOrEqualTo(oneRow.x());
        assertThat(p.box().right()).isLessThanOrEqualTo(oneRow.right() - 2);
        assertThat(p.box().y()).isGreaterThanOrEqualTo(oneRow.y());
    }

    @Test
    void aSecondCalloutAvoidsTheFirst() {
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot);
        Placement first = placer.place(SHORT, 400, 100 + 2 * 24, 24);
        Placement second = placer.place(SHORT, 410, 100 + 2 * 24, 24);

        assertThat(second.box().overlaps(first.box())).isFalse();
        assertThat(second.box().inside(plot)).isTrue();
    }

    @Test
    void whereNoBarIsHiddenTheBoxSitsLevelWithItsAnchorOnItsOwnLane() {
        // given: bars everywhere except right of x 500 on row 2 (a task that ended there)
        double laneTop = 100 + 2 * 24;
        Box emptyAfterExit = new Box(500, laneTop, plot.right() - 500, 24);
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot, box -> !box.inside(emptyAfterExit), box -> true);

        Placement p = placer.place(SHORT, 500, laneTop, 24);

        assertThat(p.box().inside(emptyAfterExit)).as("%s", p.box()).isTrue();
        assertThat(p.box().x()).isGreaterThan(500);
    }

    @Test
    void aBoxThatHidesNothingMayLieTwoRowsAway() {
        // given: bars on every row but the last (row 4); the anchor on row 1
        Box lastRow = new Box(plot.x(), 100 + 4 * 24, plot.w(), 24);
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot, box -> !box.inside(lastRow), box -> true);

        Placement p = placer.place(SHORT, 400, 100 + 24, 24);

        assertThat(p.box().inside(lastRow)).as("%s", p.box()).isTrue();
    }

    @Test
    void whereBarsFillEveryRowNearTheAnchorTheBoxMovesRightToTheNearestFreePlace() {
        // given: every row has bars left of x = 600, nothing right of it; the anchor at 400
        double laneTop = 100 + 2 * 24;
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot, box -> box.x() < 600, box -> false);

        Placement p = placer.place(SHORT, 400, laneTop, 24);

        assertThat(p.box().x()).isGreaterThanOrEqualTo(600).isLessThan(600 + CalloutPlacer.SLIDE_STEP);
        assertThat(p.box().overlaps(new Box(plot.x(), laneTop, plot.w(), 24))).as("off its own lane").isFalse();
    }

    @Test
    void aBoxFartherRightIsRefusedWhenItsLeaderWouldCrossABarsText() {
        // given: the same bars, and a bar's text on the anchor's lane right of the anchor
        double laneTop = 100 + 2 * 24;
        Box text = new Box(420, laneTop + 2, 160, 20);
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot, box -> box.x() < 600, box -> box.overlaps(text));

        Placement p = placer.place(SHORT, 400, laneTop, 24);

        assertThat(p.box().x()).as("not moved right past the text").isLessThan(600);
        assertThat(p.box().overlaps(text)).isFalse();
    }

    @Test
    void theSemaphoresCalloutSitsWhereTheFirstRequestsHaveEndedAndHidesNoBar() {
        // given: the semaphore lesson, 50 requests, 10 at a time: every row has a bar at the
        // callout's anchor (0 s, the first task to queue); rows 0-9 are empty after 100 ms
        TraceModel model = ranOnVirtualClock("semaphore", "urls=50");
        assertThat(model.callouts()).hasSize(1);
        CountingPainter p = new CountingPainter();
        new ChartRenderer().render(model, ChartView.of(0, model.endNs(), 1200, 1300), ChartTheme.light(), p);

        // then: its box covers no bar of any lane
        CountingPainter.Tagged callout = calloutBoxOf(p, model.callouts().get(0).lane(), 0);
        Box box = new Box(callout.x(), callout.y(), callout.w(), callout.h());
        assertThat(p.tagged).filteredOn(t -> !t.state().equals("callout") && t.w() > 0)
                .noneMatch(t -> box.overlaps(new Box(t.x(), t.y(), t.w(), t.h())));
    }

    @Test
    void theBlockingCallsCalloutCoversNoMark() {
        // given: the blocking pitfall; the first free place right of the heartbeat's late tick is
        // where bad()'s bar ends, under its warning mark
        TraceModel model = ranOnVirtualClock("blocking_call");
        CountingPainter p = new CountingPainter();
        ChartLayout layout = new ChartRenderer().render(model, ChartView.of(0, model.endNs(), 2400, 400).withScale(2),
                ChartTheme.light(), p); // as the gallery draws it

        CountingPainter.Tagged callout = calloutBoxOf(p, model.callouts().get(0).lane(), 0);
        Box box = new Box(callout.x(), callout.y(), callout.w(), callout.h());
        double r = layout.px(MarkLayer.RADIUS);
        assertThat(model.marks()).filteredOn(m -> m.lane() >= 0).noneMatch(m -> box.overlaps(new Box(
                layout.axis().x(m.timeNs()) - r, layout.laneTop(m.lane()) + layout.laneHeight() / 2 - r, 2 * r, 2 * r)));
    }

    @Test
    void withBarsEverywhereABoxThatHidesNoBarTextComesFirst() {
        // given: a bar label where the usual first choice (above, right of the anchor) would go
        double laneTop = 100 + 2 * 24;
        Box usual = new CalloutPlacer(painter, 1, plot).place(SHORT, 400, laneTop, 24).box();
        Box label = new Box(usual.x() + 20, usual.y() + 4, 60, 11);
        CalloutPlacer placer = new CalloutPlacer(painter, 1, plot, box -> true, box -> box.overlaps(label));

        Placement p = placer.place(SHORT, 400, laneTop, 24);

        assertThat(p.box().overlaps(label)).isFalse();
        assertThat(p.box().overlaps(new Box(plot.x(), laneTop, plot.w(), 24))).as("off its own lane").isFalse();
    }

    @Test
    void whenEveryPlaceHidesABarTheBoxKeepsOffItsOwnLane() {
        double laneTop = 100 + 2 * 24;
        Placement p = new CalloutPlacer(painter, 1, plot, box -> true, box -> true).place(SHORT, 400, laneTop, 24);

        assertThat(p.box().overlaps(new Box(plot.x(), laneTop, plot.w(), 24))).isFalse();
        assertThat(p.box()).isEqualTo(new CalloutPlacer(painter, 1, plot).place(SHORT, 400, laneTop, 24).box());
    }

    @Test
    void aRenderedCalloutAtATasksEndSitsOnItsEmptyLaneAndHidesNoBar() {
        // given: the sample, with a callout where fetch(url2) ends (320 ms); its row is empty after that
        CountingPainter p = new CountingPainter();
        ChartLayout layout = renderSampleWithCallout(new Callout(SampleTraces.FETCH2, 320 * MS, "the error ends this task"), p);

        // then: its box lies on fetch(url2)'s row, right of the end
        CountingPainter.Tagged box = calloutBoxOf(p, SampleTraces.FETCH2, layout.axis().x(320 * MS)); // not the sample's own at 200 ms
        double rowTop = layout.laneTop(SampleTraces.FETCH2);
        assertThat(box.y()).isGreaterThanOrEqualTo(rowTop);
        assertThat(box.y() + box.h()).isLessThanOrEqualTo(rowTop + layout.laneHeight());
    }

    @Test
    void underTheLastLaneTheEmptyPartOfTheViewTakesABoxThatWouldHideBarsElsewhere() {
        // given: a callout on the last lane (the worker, busy 50-400 ms) at 200 ms, in a view far
        // taller than the five lanes; above it and on its own row are bars
        CountingPainter p = new CountingPainter();
        ChartLayout layout = renderSampleWithCallout(new Callout(SampleTraces.WORKER, 200 * MS, "the worker reads the file here"), p);

        CountingPainter.Tagged box = calloutBoxOf(p, SampleTraces.WORKER, 0);
        assertThat(box.y()).isGreaterThanOrEqualTo(layout.rowTop(layout.rows()));
        assertThat(box.y() + box.h()).isLessThanOrEqualTo(layout.height());
    }

    @Test
    void theSamplesCalloutHidesNoBarText() {
        // given: the sample's callout (fetch(url2) ready at 200 ms, the loop stuck); every row
        // around it has bars there, and the one above writes time.sleep(0.19) in its bar
        TraceModel model = SampleTraces.gather();
        CountingPainter p = new CountingPainter();
        ChartLayout layout = new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, 1200, 600), ChartTheme.light(), p);

        CountingPainter.Tagged box = p.tagged.stream().filter(t -> t.state().equals("callout") && t.w() > 10)
                .findFirst().orElseThrow();
        Box callout = new Box(box.x(), box.y(), box.w(), box.h());
        double font = layout.px(BarLayer.LABEL_FONT);
        List<CountingPainter.Placed> barTexts = p.placedTexts.stream()
                .filter(t -> t.style().align() == TextStyle.Align.CENTER && t.style().size() == font)
                .filter(t -> t.y() > layout.plotTop() && t.x() > layout.plotX())
                .toList();
        assertThat(barTexts).extracting(CountingPainter.Placed::text).contains("time.sleep(0.19)");
        for (CountingPainter.Placed t : barTexts) {
            double w = p.textWidth(t.text(), font, false);
            assertThat(callout.overlaps(new Box(t.x() - w / 2, t.y() - font / 2, w, font))).as(t.text()).isFalse();
        }
    }

    @Test
    void placementIsDeterministicAndScalesWithTheChart() {
        Placement a = new CalloutPlacer(painter, 1, plot).place(LONG, 700, 100 + 24, 24);
        Placement b = new CalloutPlacer(painter, 1, plot).place(LONG, 700, 100 + 24, 24);
        assertThat(b).isEqualTo(a);

        Box bigPlot = new Box(150, 100, 1500, 5 * 36);
        Placement large = new CalloutPlacer(painter, 1.5, bigPlot).place(SHORT, 700, 100 + 2 * 36, 36);
        Placement normal = new CalloutPlacer(painter, 1, plot).place(SHORT, 700, 100 + 2 * 24, 24);
        assertThat(large.box().h()).isEqualTo(normal.box().h() * 1.5);
    }

    @Test
    void theRenderedCalloutBoxesLieInsideThePlot() {
        // given: the sample with a second, long callout near the right edge
        TraceModel model = SampleTraces.gather();
        model.addCallout(new Callout(SampleTraces.FETCH1, 990 * MS, LONG));
        CountingPainter p = new CountingPainter();
        ChartLayout layout = new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, 1200, 600), ChartTheme.light(), p);

        // then: both boxes (the wider tagged rectangles) are inside the plot, and the texts are whole
        List<CountingPainter.Tagged> boxes = new ArrayList<>(p.tagged.stream()
                .filter(t -> t.state().equals("callout") && t.w() > 10).toList());
        assertThat(boxes).hasSize(2);
        double bottom = layout.height(); // the view's empty part below the lanes counts too
        for (CountingPainter.Tagged box : boxes) {
            assertThat(box.x()).isGreaterThanOrEqualTo(layout.plotX());
            assertThat(box.x() + box.w()).isLessThanOrEqualTo(layout.plotRight());
            assertThat(box.y()).isGreaterThanOrEqualTo(layout.plotTop());
            assertThat(box.y() + box.h()).isLessThanOrEqualTo(bottom);
        }
        assertThat(p.texts).contains("ready, but the loop is stuck in time.sleep");
        assertThat(p.texts).noneMatch(t -> t.endsWith("…"));
    }

    /** A registered pattern's finished model, with its callouts, run on the virtual clock. */
    private static TraceModel ranOnVirtualClock(String id, String... params) {
        Pattern pattern = PatternRegistry.require(id);
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), List.of(params)), PatternRun.Options.virtual());
        run.runHere();
        return run.buildModel();
    }

    /** Renders the sample trace with one more callout, 1200 × 600 px (far taller than its lanes). */
    private static ChartLayout renderSampleWithCallout(Callout callout, CountingPainter p) {
        TraceModel model = SampleTraces.gather();
        model.addCallout(callout);
        return new ChartRenderer().render(model, ChartView.of(0, 1000 * MS, 1200, 600), ChartTheme.light(), p);
    }

    /** The box (the wide tagged rectangle) of the first callout on {@code lane} that starts right of {@code minX}. */
    private static CountingPainter.Tagged calloutBoxOf(CountingPainter p, int lane, double minX) {
        return p.tagged.stream().filter(t -> t.state().equals("callout") && t.lane() == lane && t.w() > 10 && t.x() > minX)
                .findFirst().orElseThrow();
    }
}
