package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Insets;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.loopscope.gantt.GanttChart;
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
 * steps take no time, so the known segment is bad()'s time.sleep(2): a blocking bar from 0 s to 2 s.
 */
class ChartPixelTest extends WindowTestBase {
    private record Bar(int y, int left, int right) {
    }

    @Test
    void theBlockingBarIsDrawnAtItsTimeInItsColourAndTheThemeRecoloursIt() {
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
        long[] blocking = blockingSegment(onFx(chart::getModel));
        // when: the chart is drawn
        Rgba light = onFx(() -> chart.getTheme().color(ThemeColor.BLOCKING));
        Bar bar = findBar(snapshot(chart), light);
        // then: it is painted in the blocking colour (solid under the hatching) ...
        PixelReader before = snapshot(chart);
        assertThat(share(before, bar, light)).isGreaterThan(0.3);
        // ... and, as it starts at 0 s (the left edge of the plot), it ends where the axis puts 2 s
        assertThat(blocking[0]).isZero();
        assertThat(onFx(chart::getWindowStart)).isZero();
        Insets insets = onFx(chart::getInsets);
        double plotX = bar.left() - insets.getLeft();
        double plotWidth = onFx(chart::getWidth) - insets.getLeft() - insets.getRight() - plotX - 2 * ChartLayout.MARGIN;
        double expectedRight = insets.getLeft() + plotX + blocking[1] * plotWidth / onFx(chart::getWindowLength);
        assertThat((double) bar.right()).isCloseTo(expectedRight, org.assertj.core.data.Offset.offset(2.0));
        assertThat(bar.right() - bar.left()).as("a 2 s bar in a ~2.5 s window is most of the plot").isGreaterThan(300);
        // when: the dark theme is switched on
        clickOn("#darkThemeToggle");
        waitUntil(2_000, () -> !chart.getTheme().color(ThemeColor.BLOCKING).equals(light));
        Rgba dark = onFx(() -> chart.getTheme().color(ThemeColor.BLOCKING));
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        // then: the same place is painted in the dark theme's blocking colour
        PixelReader after = snapshot(chart);
        assertThat(share(after, bar, dark)).isGreaterThan(0.3);
        assertThat(share(after, bar, light)).isLessThan(0.05);
    }

    private static long[] blockingSegment(TraceModel model) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).name().equals("bad")) {
                SegmentColumn c = model.segments(lane);
                for (int i = 0; i < c.size(); i++) {
                    if (c.state(i) == SegmentState.BLOCKING) {
                        return new long[] {c.start(i), c.end(i)};
                    }
                }
            }
        }
        throw new AssertionError("no blocking segment on lane bad");
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
        assertThat(bestCount).as("pixels of the blocking colour").isGreaterThan(50);
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
