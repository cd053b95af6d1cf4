package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's launch options are checked before any window opens: each mistake is one clear sentence. */
class LaunchCheckTest {
    private static String problem(String... args) {
        return LaunchCheck.problem(args);
    }

    @Test
    void goodOptionsOpenTheWindow() {
        assertThat(problem()).isNull();
        assertThat(problem("--pattern", "blocking_call", "--run", "--clock", "real", "--param", "block=3600")).isNull();
        assertThat(problem("--param", "delay=0.5")).as("the first pattern, sequential, has a delay").isNull();
    }

    @Test
    void eachMistakeIsNamed() {
        assertThat(problem("--pattern", "nope")).isEqualTo("unknown pattern 'nope' (run 'list' to see the 16 patterns)");
        assertThat(problem("--pattern", "gather", "--compare", "nope")).startsWith("unknown pattern 'nope'");
        assertThat(problem("--pattern", "semaphore", "--param", "urls=1000000000"))
                .isEqualTo("parameter urls: 1000000000 is out of range (allowed: 1 to 100000)");
        assertThat(problem("--pattern", "semaphore", "--param", "limit=0"))
                .isEqualTo("parameter limit: 0 is out of range (allowed: 1 to 1000)");
        assertThat(problem("--pattern", "gather", "--param", "delay=-1"))
                .isEqualTo("parameter delay: -1.0 is out of range (allowed: 0.0 to 60.0)");
        assertThat(problem("--pattern", "gather", "--param", "speed=2")).isEqualTo("unknown parameter 'speed' (known: urls, delay)");
        assertThat(problem("--pattern", "gather", "--clock", "fast")).isEqualTo("clock must be 'virtual' or 'real', got 'fast'");
        assertThat(problem("--pattern", "gather", "--close-after-ms", "-5")).startsWith("--close-after-ms must be");
    }
}
