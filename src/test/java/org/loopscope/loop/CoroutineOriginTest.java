package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a coroutine was created, as the never-awaited report names it. */
class CoroutineOriginTest {
    private static Coroutine<String> fromOneLambda(String name) {
        return Coroutine.of(name, aw -> name); // every coroutine made here comes from this lambda expression
    }

    /** A named body class, usable from anywhere. */
    private static final class NamedBody implements CoroutineBody<String> {
        @Override
        public String run(Await await) {
            return "named";
        }
    }

    @Test
    void coroutinesFromOneLambdaExpressionNameTheLineOfItsCoroutineCall() {
        List<Coroutine<String>> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(fromOneLambda("fetch(url" + i + ")"));
        }
        String first = made.get(0).origin();
        assertThat(first).matches("CoroutineOriginTest\\.java:\\d+");
        assertThat(made).allSatisfy(c -> assertThat(c.origin()).isSameAs(first));
    }

    @Test
    void aNamedBodyClassIsLocatedAtEachPlaceItIsUsed() {
        Coroutine<String> here = Coroutine.of("a", new NamedBody());
        Coroutine<String> there = Coroutine.of("b", new NamedBody());
        assertThat(here.origin()).matches("CoroutineOriginTest\\.java:\\d+");
        assertThat(there.origin()).matches("CoroutineOriginTest\\.java:\\d+").isNotEqualTo(here.origin());
    }
}
