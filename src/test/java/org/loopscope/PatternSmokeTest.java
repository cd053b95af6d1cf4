package org.loopscope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.PatternSource;
import org.loopscope.trace.TraceModel;

class PatternSmokeTest {
    @Test
    void gatherRunsInOneVirtualSecondAndShowsItsSources() {
        Pattern p = PatternRegistry.require("gather");
        PatternRun run = new PatternRun(p, Params.defaults(p.params()), PatternRun.Options.virtual());
        PatternRun.Outcome outcome = run.runHere();
        assertThat(outcome.error()).isNull();
        assertThat(outcome.endNs()).isEqualTo(1_000_000_000L);
        TraceModel model = run.buildModel();
        assertThat(model.lanes()).extracting(l -> l.name()).containsExactly("loop", "main", "fetch(url1)", "fetch(url2)", "fetch(url3)");
        assertThat(PatternSource.python(p)).contains("asyncio.gather(");
        assertThat(PatternSource.java(p)).startsWith("class Guide {").contains("aw.await(gather(fetches));").doesNotContain("snippet:");
    }
}
