package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.patterns.ParamSpec;

/** A parameter field is wide enough for the largest value it accepts. */
class ParamEditorsTest {
    @Test
    void fieldsFitTheirLargestValue() {
        assertThat(ParamEditors.columnsFor(ParamSpec.count("urls", "URLs", 1, 100_000, 500, "")))
                .isEqualTo(6);
        assertThat(ParamEditors.columnsFor(ParamSpec.count("n", "N", 1, 10, 3, ""))).isEqualTo(4);
        assertThat(ParamEditors.columnsFor(ParamSpec.seconds("delay", "Delay", 0, 60, 0.1, ""))).isEqualTo(5);
    }
}
