package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/**
 * A task body that throws anything — an exception or an Error — is that task's error outcome on
 * the chart, and the loop, the run and the window carry on; when main() itself throws, the run
 * ends with a sentence naming the error and the next run works. (Engine level:
 * {@code TaskTest#anExceptionInABodyIsTheTasksOutcomeAndTheLoopGoesOn}; a throwing instrument:
 * {@code InstrumentTest#anInstrumentThatThrowsIsRemovedWithAWarningAndTheRunGoesOn}.)
 */
class ThrowingTaskSessionTest {
    @ParameterizedTest
    @ValueSource(strings = {"IllegalStateException", "StackOverflowError", "OutOfMemoryError", "AssertionError"})
    void aTaskThatThrowsIsAnErrorOnItsLaneAndTheRunCarriesOn(String what) throws InterruptedException {
        // given: main starts a task that throws, and one that keeps working
        Pattern pattern = new OnePattern(() -> coroutine("main", aw -> {
            createTask(coroutine("bad", c -> {
                throw throwable(what);
            }));
            var good = createTask(coroutine("good", c -> {
                c.await(sleep(0.5));
                print("still here");
                return "ok";
            }));
            return aw.await(good);
        }));
        // when
        RunSession session = runToTheEnd(pattern);
        // then: the run succeeded, the bad lane ended in an error mark naming what it threw
        assertThat(session.outcome().succeeded()).isTrue();
        assertThat(session.outcome().result()).isEqualTo("ok");
        TraceModel model = session.model();
        int bad = laneNamed(model, "bad");
        assertThat(model.marks()).filteredOn(m -> m.lane() == bad && m.kind() == MarkKind.ERROR).singleElement()
                .satisfies(m -> assertThat(m.detail()).contains(what));
        assertThat(model.marks()).anyMatch(m -> m.kind() == MarkKind.PRINT && m.detail().contains("still here"));
        // and: the next run works
        assertThat(runToTheEnd(PatternRegistry.require("gather")).outcome().succeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IllegalStateException", "StackOverflowError"})
    void mainThatThrowsEndsTheRunWithASentenceAndTheNextRunWorks(String what) throws InterruptedException {
        RunSession session = runToTheEnd(new OnePattern(() -> coroutine("main", aw -> {
            aw.await(sleep(0.1));
            throw throwable(what);
        })));

        assertThat(session.outcome().error()).isNotNull();
        assertThat(session.outcome().error().getClass().getSimpleName()).isEqualTo(what);
        assertThat(RunPair.summary(session.outcome())).isEqualTo("main() raised " + what + ": thrown on purpose");
        assertThat(runToTheEnd(PatternRegistry.require("gather")).outcome().succeeded()).isTrue();
    }

    private static RuntimeException throwable(String what) {
        switch (what) {
            case "IllegalStateException" -> throw new IllegalStateException("thrown on purpose");
            case "StackOverflowError" -> throw new StackOverflowError("thrown on purpose");
            case "OutOfMemoryError" -> throw new OutOfMemoryError("thrown on purpose");
            default -> throw new AssertionError("thrown on purpose");
        }
    }

    private static RunSession runToTheEnd(Pattern pattern) throws InterruptedException {
        RunSession session = new RunSession(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual()).start(false);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!session.isFinished()) {
            assertThat(System.nanoTime()).as("the run ends").isLessThan(deadline);
            Thread.sleep(2);
            session.pulse();
        }
        return session;
    }

    private static int laneNamed(TraceModel model, String name) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).name().equals(name)) {
                return lane;
            }
        }
        throw new AssertionError("no lane " + name);
    }

    /** A pattern made of one main coroutine, for trying what a body may do. */
    private record OnePattern(Supplier<Coroutine<?>> body) implements Pattern {
        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public String title() {
            return "A task that throws";
        }

        @Override
        public Category category() {
            return Category.PITFALLS;
        }

        @Override
        public String explanation() {
            return "";
        }

        @Override
        public List<String> notice() {
            return List.of();
        }

        @Override
        public List<ParamSpec> params() {
            return List.of();
        }

        @Override
        public Coroutine<?> main(Params params, PatternEnv env) {
            return body.get();
        }
    }
}
