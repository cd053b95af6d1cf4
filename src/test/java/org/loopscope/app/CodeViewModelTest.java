package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.app.CodeViewModel.LineRange;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;

class CodeViewModelTest {
    private final CodeViewModel code = new CodeViewModel();

    @Test
    void showsBothSourcesNumberedFromOne() {
        code.show(PatternRegistry.require("gather"));
        assertThat(code.python().get(0).number()).isEqualTo(1);
        assertThat(code.python()).anyMatch(l -> l.text().contains("asyncio.gather("));
        assertThat(code.java()).anyMatch(l -> l.text().contains("aw.await(gather(fetches));"));
        assertThat(code.pythonHighlightProperty().get()).isEqualTo(LineRange.NONE);
    }

    @Test
    void aTaskLaneHighlightsItsPythonLinesAndItsJavaCoroutine() {
        code.show(PatternRegistry.require("gather"));
        // when: the lane fetch(url2) is selected
        code.highlightTask("fetch(url2)");
        // then: Python lines 3-5 (async def fetch ...) and the Java lambda that makes the fetch coroutine
        assertThat(code.pythonHighlightProperty().get()).isEqualTo(new LineRange(3, 5));
        LineRange java = code.javaHighlightProperty().get();
        assertThat(code.java().get(java.first() - 1).text()).contains("coroutine(\"fetch(");
        assertThat(code.java().get(java.last() - 1).text().trim()).isEqualTo("});");
        assertThat(java.last() - java.first()).isEqualTo(3);
    }

    @Test
    void aRunWithOtherValuesThanTheGuidesSaysWhichAboveTheCode() {
        Pattern blocking = PatternRegistry.require("blocking_call");
        code.show(blocking);
        // when: the guide's own values
        code.showRunValues(blocking.params(), Params.defaults(blocking.params()));
        // then: nothing to say
        assertThat(code.runValuesProperty().get()).isEmpty();
        // when: two values differ
        code.showRunValues(blocking.params(), Params.parse(blocking.params(), List.of("block=2", "ticks=30")));
        // then: each, with the guide's
        assertThat(code.runValuesProperty().get())
                .isEqualTo("This run: Blocking time.sleep (s) 2.0 (the code: 5.0), Heartbeat ticks 30 (the code: 12)");
        // and: another pattern starts without a note
        code.show(PatternRegistry.require("gather"));
        assertThat(code.runValuesProperty().get()).isEmpty();
    }

    @Test
    void emojiMissingFromMonospacedFontsBecomePlainSymbols() {
        assertThat(CodeViewModel.printable("# ❌ Blocks\n# ✅ Use\n# ⏱ ~1 second")).isEqualTo("# ✗ Blocks\n# ✓ Use\n# ~1 second");
    }

    @Test
    void codeOutsideTheSnippetOrAnUnknownLaneHighlightsNothing() {
        code.show(PatternRegistry.require("blocking_call"));
        // when: the heartbeat is selected: its Python is in the snippet, its Java in a helper class outside it
        code.highlightTask("heartbeat");
        assertThat(code.pythonHighlightProperty().get()).isEqualTo(new LineRange(9, 13));
        assertThat(code.javaHighlightProperty().get()).isEqualTo(LineRange.NONE);
        // when: bad() is selected, its Java coroutine is found by name
        code.highlightTask("bad");
        LineRange java = code.javaHighlightProperty().get();
        assertThat(code.java().get(java.first() - 1).text()).contains("coroutine(\"bad\"");
        assertThat(code.java().get(java.last() - 1).text().trim()).isEqualTo("});");
        // when: a lane no code mentions, then none
        code.highlightTask("worker-1");
        assertThat(code.pythonHighlightProperty().get()).isEqualTo(LineRange.NONE);
        assertThat(code.javaHighlightProperty().get()).isEqualTo(LineRange.NONE);
        code.highlightTask(null);
        assertThat(code.javaHighlightProperty().get()).isEqualTo(LineRange.NONE);
    }
}
