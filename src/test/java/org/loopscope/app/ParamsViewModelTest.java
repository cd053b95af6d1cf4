package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.patterns.PatternRegistry;

class ParamsViewModelTest {
    private final ParamsViewModel params = new ParamsViewModel();

    @Test
    void defaultsAreValidAndBecomeTheRunsParams() {
        // given: the gather pattern's parameters
        params.load(PatternRegistry.require("gather").params());
        // then: they start at the guide's values
        assertThat(params.isValid()).isTrue();
        assertThat(params.message()).isEmpty();
        assertThat(params.field("urls").textProperty().get()).isEqualTo("3");
        assertThat(params.toParams().count("urls")).isEqualTo(3);
        assertThat(params.toParams().seconds("delay")).isEqualTo(1.0);
    }

    @Test
    void badInputGetsAMessageThatNamesTheFieldAndTheAllowedRange() {
        params.load(PatternRegistry.require("gather").params());
        ParamField urls = params.field("urls");
        // when: a fraction where a whole number is needed
        urls.textProperty().set("2.5");
        // then: the field and the form say why and what is allowed
        assertThat(urls.error()).isEqualTo("URLs: 2.5 is not a whole number (allowed: 1 to 1000)");
        assertThat(params.isValid()).isFalse();
        assertThat(params.message()).isEqualTo(urls.error());
        // when: out of range, then not a number, then empty
        urls.textProperty().set("5000");
        assertThat(urls.error()).contains("out of range").contains("1 to 1000");
        urls.textProperty().set("many");
        assertThat(urls.error()).contains("'many' is not a number");
        urls.textProperty().set("");
        assertThat(urls.error()).isEqualTo("URLs: enter a value from 1 to 1000");
        // when: fixed again
        urls.textProperty().set(" 7 ");
        assertThat(params.isValid()).isTrue();
        assertThat(params.toParams().count("urls")).isEqualTo(7);
    }

    @Test
    void resetRestoresTheDefaultsAndLoadingAnotherPatternReplacesTheFields() {
        params.load(PatternRegistry.require("gather").params());
        params.field("delay").textProperty().set("-1");
        params.resetAll();
        assertThat(params.field("delay").textProperty().get()).isEqualTo("1.0");
        params.load(PatternRegistry.require("blocking_call").params());
        assertThat(params.fields()).extracting(f -> f.spec().key()).containsExactly("block", "tick", "ticks");
        assertThat(params.field("block").hint()).startsWith("Blocking time.sleep (s) (0.0 to 3600.0)");
    }
}
