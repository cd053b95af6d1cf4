package org.loopscope.gantt.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTicksTest {
    @Test
    void stepsAreOneTwoFiveAndAtLeastTheMinimumSpacing() {
        // 1 ms per pixel, 80 px apart: 80 ms wanted, the next nice step is 100 ms
        assertThat(TimeTicks.chooseStep(1_000_000, 80)).isEqualTo(100_000_000L);
        // 0.3 ms per pixel: 24 ms wanted -> 50 ms
        assertThat(TimeTicks.chooseStep(300_000, 80)).isEqualTo(50_000_000L);
        // 15 µs per pixel: 1.2 ms wanted -> 2 ms
        assertThat(TimeTicks.chooseStep(15_000, 80)).isEqualTo(2_000_000L);
        // deep zoom, 0.01 ns per pixel: never below 1 ns
        assertThat(TimeTicks.chooseStep(0.01, 80)).isEqualTo(1L);
    }

    @Test
    void stepAdaptsToZoomMonotonically() {
        long previous = 0;
        for (double nsPerPixel = 1; nsPerPixel < 1e10; nsPerPixel *= 3) {
            long step = TimeTicks.chooseStep(nsPerPixel, 80);
            assertThat(step / nsPerPixel).isGreaterThanOrEqualTo(80);
            assertThat(step).isGreaterThanOrEqualTo(previous);
            previous = step;
        }
    }

    @Test
    void labelsUseTheUnitOfTheStep() {
        assertThat(TimeTicks.label(1_500_000_000L, 500_000_000L)).isEqualTo("1.5 s");
        assertThat(TimeTicks.label(2_000_000_000L, 1_000_000_000L)).isEqualTo("2 s");
        assertThat(TimeTicks.label(40_000_000L, 20_000_000L)).isEqualTo("40 ms");
        assertThat(TimeTicks.label(200_000L, 100_000L)).isEqualTo("0.2 ms");
        assertThat(TimeTicks.label(250_000L, 50_000L)).isEqualTo("250 µs");
        assertThat(TimeTicks.label(30L, 10L)).isEqualTo("30 ns");
    }

    @Test
    void durationsAreShortAndReadable() {
        assertThat(TimeTicks.duration(1_250_000_000L)).isEqualTo("1.25 s");
        assertThat(TimeTicks.duration(340_000_000L)).isEqualTo("340 ms");
        assertThat(TimeTicks.duration(12_500L)).isEqualTo("12.5 µs");
        assertThat(TimeTicks.duration(80L)).isEqualTo("80 ns");
    }
}
