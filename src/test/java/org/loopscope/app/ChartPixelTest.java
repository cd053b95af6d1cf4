package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.loopscope.gantt.GanttChart;
import org.loopscope.gantt.GanttChartSkin;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.ThemeColor;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the teacher sees: a known segment of a virtual-clock run is painted in its state's colour
 * where the time axis puts it, and the theme switch repaints it. On the virtual clock a task's
 * steps take no time, so the known segments are the loop lane's stall during bad()'s
 * time.sleep(2), from 0 s to 2 s, and the heartbeat's starved wait from 0.5 s (when its timer
 * came due) to 2 s.
 */
class ChartPixelTest extends WindowTestBase {
    private record Bar(int y, int left, int right) {
    }

    @Test
    void theStalledLoopIsDrawnAtItsTimeInItsColourAndTheThemeRecoloursIt() {
        // given: blocking_call on the virtual clock, time.sleep(2), two heartbeat ticks
        onFx(() -> {
            viewModel().selectedPatternProperty().set(PatternRegistry.require("blocking_call"));
            viewModel().clockProperty().set(ClockKind.VIRTUAL);
            viewModel().params().field("block").textProperty().set("2");
            viewModel().params().field("ticks").textProperty().set("2");
        });
        clickOn("#runButton");
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        long[] stall = stalledSegment(onFx(chart::getModel));
        assertThat(stall[1] - stall[0]).isEqualTo(2_000_000_000L);
        // when: the chart is drawn
        Rgba light = onFx(() -> chart.getTheme().color(ThemeColor.LOOP_STALLED));
        PixelReader before = snapshot(chart);
        Bar bar = findBar(before, light);
        // then: it is painted in the stalled colour (solid under the hatching) ...
        assertThat(share(before, bar, light)).isGreaterThan(0.3);
        // ... and the heartbeat's starved wait (due at 0.5 s, run at 2 s) starts where the time axis
        // puts 0.5 s, the axis being read off the stall's two ends (0 s and 2 s)
        long starvedFrom = starvedStart(onFx(chart::getModel), "heartbeat");
        double pxPerNs = (bar.right() - bar.left()) / (double) (stall[1] - stall[0]);
        double expectedX = bar.left() + (starvedFrom - stall[0]) * pxPerNs;
        Rgba starved = onFx(() -> chart.getTheme().color(ThemeColor.STARVED));
        // lanes: loop, main, heartbeat, bad; the rows may have grown to fill the chart
        double laneHeight = onFx(() -> ((GanttChartSkin) chart.getSkin()).lastLayout().laneHeight());
        int heartbeatY = bar.y() + (int) Math.round(2 * laneHeight);
        assertThat((double) firstX(before, heartbeatY, starved)).isCloseTo(expectedX, org.assertj.core.data.Offset.offset(2.0));
        // and the scale is the window's: the whole window spans the plot, just short of the chart's width
        double plotWidth = pxPerNs * onFx(chart::getWindowLength);
        double chartWidth = onFx(chart::getWidth);
        assertThat(bar.left() + plotWidth).isBetween(chartWidth - 2 * ChartLayout.MARGIN - 20, chartWidth - 2 * ChartLayout.MARGIN + 2);
        assertThat(bar.right() - bar.left()).as("a 2 s stall in a ~2.5 s window is most of the plot").isGreaterThan(300);
        // when: the dark theme is switched on
        clickOn("#darkThemeToggle");
        waitUntil(2_000, () -> !chart.getTheme().color(ThemeColor.LOOP_STALLED).equals(light));
        Rgba dark = onFx(() -> chart.getTheme().color(ThemeColor.LOOP_STALLED));
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        // then: the same place is painted in the dark theme's stalled colour
        PixelReader after = snapshot(chart);
        assertThat(share(after, bar, dark)).isGreaterThan(0.3);
        assertThat(share(after, bar, light)).isLessThan(0.05);
    }

    /** The loop lane's first stall: [start, end] in ns. */
    private static long[] stalledSegment(TraceModel model) {
        SegmentColumn loop = model.segments(0);
        for (int i = 0; i < loop.size(); i++) {
            if (loop.state(i) == SegmentState.STALLED) {
                return new long[] {loop.start(i), loop.end(i)};
            }
        }
        throw new AssertionError("the loop never stalled");
    }

    /** Where a lane's READY-while-the-loop-was-stalled segment begins (a timer that came due and had to wait). */
    private static long starvedStart(TraceModel model, String laneName) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            SegmentColumn c = model.segments(lane);
            for (int i = 0; model.lane(lane).name().equals(laneName) && i < c.size(); i++) {
                if (c.state(i) == SegmentState.READY && c.lateNs(i) > 0) {
                    return c.start(i);
                }
            }
        }
        throw new AssertionError("no late READY segment on lane " + laneName);
    }

    private static int firstX(PixelReader pixels, int y, Rgba color) {
        for (int x = 0; x < 1200; x++) {
            if (matches(pixels, x, y, color)) {
                return x;
            }
        }
        throw new AssertionError("no pixel of " + color + " on row " + y);
    }

    private PixelReader snapshot(GanttChart chart) {
        WaitForAsyncUtils.waitForFxEvents(3);
        WritableImage image = onFx(() -> chart.snapshot(null, null));
        return image.getPixelReader();
    }

    /** The row with the most pixels of the colour, and the colour's extent on it. */
    private static Bar findBar(PixelReader pixels, Rgba color) {
        int bestY = -1;
        int bestCount = 0;
        for (int y = 0; y < 700; y++) {
            int count = 0;
            for (int x = 0; x < 1200; x += 2) {
                count += matches(pixels, x, y, color) ? 1 : 0;
            }
            if (count > bestCount) {
                bestCount = count;
                bestY = y;
            }
        }
        assertThat(bestCount).as("pixels of the stalled colour").isGreaterThan(50);
        int left = 0;
        while (!matches(pixels, left, bestY, color)) {
            left++;
        }
        int right = 1199;
        while (!matches(pixels, right, bestY, color)) {
            right--;
        }
        return new Bar(bestY, left, right);
    }

    private static double share(PixelReader pixels, Bar bar, Rgba color) {
        int hits = 0;
        int total = 0;
        for (int x = bar.left() + 2; x < bar.right() - 2; x++) {
            hits += matches(pixels, x, bar.y(), color) ? 1 : 0;
            total++;
        }
        return hits / (double) total;
    }

    private static boolean matches(PixelReader pixels, int x, int y, Rgba color) {
        int argb;
        try {
            argb = pixels.getArgb(x, y);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
        return Math.abs(((argb >> 16) & 0xff) - color.red()) <= 6
                && Math.abs(((argb >> 8) & 0xff) - color.green()) <= 6
                && Math.abs((argb & 0xff) - color.blue()) <= 6;
    }
}
