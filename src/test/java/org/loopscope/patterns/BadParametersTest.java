package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BadParametersTest {
    private final Pattern semaphore = PatternRegistry.require("semaphore");

    private void refused(String keyValue, String message) {
        assertThatThrownBy(() -> Params.parse(semaphore.params(), List.of(keyValue)))
                .isInstanceOf(BadParameterException.class).hasMessage(message);
    }

    @Test
    void eachMistakeIsNamedWithTheAllowedRange() {
        refused("limit=0", "parameter limit: 0 is out of range (allowed: 1 to 1000)");
        refused("urls=100001", "parameter urls: 100001 is out of range (allowed: 1 to 100000)");
        refused("limit=2.5", "parameter limit: 2.5 is not a whole number (allowed: 1 to 1000)");
        refused("delay=soon", "parameter delay: 'soon' is not a number (allowed: 0.0 to 60.0)");
        refused("delay=NaN", "parameter delay: NaN is not a finite number (allowed: 0.0 to 60.0)");
        refused("speed=2", "unknown parameter 'speed' (known: urls, limit, delay)");
        refused("limit", "parameter 'limit' must look like key=value");
    }

    @Test
    void anUnknownPatternListsHowToFindTheKnownOnes() {
        assertThatThrownBy(() -> PatternRegistry.require("gahter"))
                .isInstanceOf(BadParameterException.class)
                .hasMessage("unknown pattern 'gahter' (run 'list' to see the 16 patterns)");
    }

    @Test
    void aRealClockNeedsASaneRate() {
        Pattern gather = PatternRegistry.require("gather");
        assertThatThrownBy(() -> new PatternRun(gather, Params.defaults(gather.params()), PatternRun.Options.real(10)))
                .isInstanceOf(BadParameterException.class).hasMessage("rate must be between 0.05 and 4.0, got 10.0");
    }

    @Test
    void goodValuesOverrideTheGuidesDefaults() {
        Params params = Params.parse(semaphore.params(), List.of("limit=25", "delay=0.25"));
        assertThat(params.count("limit")).isEqualTo(25);
        assertThat(params.seconds("delay")).isEqualTo(0.25);
        assertThat(params.count("urls")).isEqualTo(500);
    }
}
