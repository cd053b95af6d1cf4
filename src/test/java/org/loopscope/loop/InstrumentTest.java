package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.toThread;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.trace.Instrument;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.WakeKind;

/** Instrument hooks (Trio's Instrument): their order for a simple run, and a failing instrument's removal. */
class InstrumentTest {
    private final VirtualClock clock = new VirtualClock();

    /** Writes every hook call as a line: "ready 1 SPAWN from 0 at 0.0". */
    static class Recorder implements Instrument {
        final List<String> events = new CopyOnWriteArrayList<>();

        private static double s(long ns) {
            return ns / 1e9;
        }

        @Override
        public void laneAdded(int lane, String name, LaneKind kind, int parentLane, long atNs) {
            events.add("lane " + lane + " " + name + " " + kind + " parent " + parentLane);
        }

        @Override
        public void taskReady(int lane, WakeKind cause, int sourceLane, long sinceNs, long atNs) {
            events.add("ready " + lane + " " + cause + " from " + sourceLane + " at " + s(atNs));
        }

        @Override
        public void beforeTaskStep(int lane, long atNs) {
            events.add("before " + lane + " at " + s(atNs));
        }

        @Override
        public void afterTaskStep(int lane, long atNs, String waitingOn) {
            events.add("after " + lane + " at " + s(atNs) + (waitingOn == null ? "" : " waiting on " + waitingOn));
        }

        @Override
        public void taskExited(int lane, long atNs, MarkKind outcome, String detail) {
            events.add("exit " + lane + " " + outcome + " " + detail + " at " + s(atNs));
        }

        @Override
        public void beforeIdle(long atNs, long deadlineNs) {
            events.add("idle until " + s(deadlineNs));
        }

        @Override
        public void afterIdle(long atNs) {
            events.add("awake at " + s(atNs));
        }

        @Override
        public void mark(int lane, long atNs, MarkKind kind, String detail) {
            events.add("mark " + lane + " " + kind + " " + detail);
        }

        @Override
        public void afterRun(long atNs) {
            events.add("run ended at " + s(atNs));
        }
    }

    /** Throws from one hook, once that hook is reached. */
    static final class Faulty implements Instrument {
        int calls;

        @Override
        public void beforeTaskStep(int lane, long atNs) {
            calls++;
            throw new IllegalStateException("broken hook");
        }
    }

    private <T> T run(Coroutine<T> main, Instrument... instruments) {
        try (Runner runner = new Runner(clock)) {
            for (Instrument i : instruments) {
                runner.instrument(i);
            }
            return runner.run(main);
        }
    }

    @Test
    void hooksSeeSpawnReadyStepsAndExitInOrder() {
        Recorder recorder = new Recorder();
        String r = run(coroutine("main", aw -> {
            aw.await(sleep(1.0));
            return "done";
        }), recorder);
        assertThat(r).isEqualTo("done");
        assertThat(recorder.events).containsExactly(
                "lane 1 main TASK parent 0",
                "ready 1 SPAWN from 0 at 0.0",
                "before 1 at 0.0",
                "after 1 at 0.0 waiting on sleep(1.0)",
                "idle until 1.0",
                "awake at 1.0",
                "ready 1 TIMER from 0 at 1.0",
                "before 1 at 1.0",
                "after 1 at 1.0",
                "exit 1 RESULT done at 1.0",
                "run ended at 1.0");
    }

    /** The same hooks, for an instrument that infers yields from what follows (as the trace recorder does). */
    static final class YieldDeaf extends Recorder {
        @Override
        public boolean hearsYields() {
            return false;
        }
    }

    private static Coroutine<String> yieldsTwice() {
        return coroutine("main", aw -> {
            aw.await(sleep(0));
            aw.await(sleep(0));
            return "done";
        });
    }

    @Test
    void bareYieldsAreHeardOnlyWhenSomeInstrumentWantsThem() {
        YieldDeaf alone = new YieldDeaf();
        run(yieldsTwice(), alone);
        assertThat(alone.events).containsExactly(
                "lane 1 main TASK parent 0",
                "ready 1 SPAWN from 0 at 0.0",
                "before 1 at 0.0",
                "before 1 at 0.0",
                "before 1 at 0.0",
                "after 1 at 0.0",
                "exit 1 RESULT done at 0.0",
                "run ended at 0.0");

        YieldDeaf deaf = new YieldDeaf();
        Recorder hearing = new Recorder();
        run(yieldsTwice(), deaf, hearing);
        List<String> withYields = List.of(
                "lane 1 main TASK parent 0",
                "ready 1 SPAWN from 0 at 0.0",
                "before 1 at 0.0",
                "after 1 at 0.0",
                "ready 1 YIELD from 0 at 0.0",
                "before 1 at 0.0",
                "after 1 at 0.0",
                "ready 1 YIELD from 0 at 0.0",
                "before 1 at 0.0",
                "after 1 at 0.0",
                "exit 1 RESULT done at 0.0",
                "run ended at 0.0");
        assertThat(hearing.events).containsExactlyElementsOf(withYields);
        assertThat(deaf.events).as("an instrument that does not want yields may still hear them beside one that does")
                .containsExactlyElementsOf(withYields);
    }

    @Test
    void anInstrumentThatThrowsIsRemovedWithAWarningAndTheRunGoesOn() {
        Faulty faulty = new Faulty();
        Recorder recorder = new Recorder();
        EventLoop[] loop = new EventLoop[1];
        String r = run(coroutine("main", aw -> {
            loop[0] = aw.loop();
            aw.await(sleep(1.0));
            return "survived";
        }), faulty, recorder);
        assertThat(r).isEqualTo("survived");
        assertThat(faulty.calls).as("removed after its first failure").isEqualTo(1);
        assertThat(loop[0].messages()).filteredOn(m -> m.kind() == MarkKind.WARNING).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo(
                        "instrument Faulty raised IllegalStateException: broken hook and was removed"));
        // the other instrument saw everything, the warning included
        assertThat(recorder.events).contains(
                "mark 0 WARNING instrument Faulty raised IllegalStateException: broken hook and was removed",
                "before 1 at 1.0",
                "exit 1 RESULT survived at 1.0");
    }

    @Test
    void aSoleInstrumentThatThrowsOnTheSwitchPathIsRemovedAndTheRunGoesOn() {
        Faulty faulty = new Faulty(); // alone, it is called directly rather than through the array
        EventLoop[] loop = new EventLoop[1];
        String r = run(coroutine("main", aw -> {
            loop[0] = aw.loop();
            aw.await(sleep(0));
            aw.await(sleep(1.0));
            return "survived";
        }), faulty);
        assertThat(r).isEqualTo("survived");
        assertThat(faulty.calls).isEqualTo(1);
        assertThat(loop[0].messages()).filteredOn(m -> m.kind() == MarkKind.WARNING).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("instrument Faulty raised IllegalStateException: broken hook"));
    }

    @Test
    void anInstrumentThatThrowsFromItsMarkHookIsRemovedWithoutRecursion() {
        Instrument throwsOnMark = new Instrument() {
            @Override
            public void mark(int lane, long atNs, MarkKind kind, String detail) {
                throw new IllegalStateException("no marks please");
            }
        };
        Recorder recorder = new Recorder();
        run(coroutine("main", aw -> {
            aw.loop().print("hello");
            aw.loop().print("again");
            return null;
        }), throwsOnMark, recorder);
        assertThat(recorder.events).filteredOn(e -> e.startsWith("mark")).hasSize(3)
                .anySatisfy(e -> assertThat(e).contains("raised IllegalStateException: no marks please and was removed"));
    }

    @Test
    void aWorkerHookThatThrowsIsReportedOnTheLoopThread() {
        Instrument throwsOnWorker = new Instrument() {
            @Override
            public void workerJobStarted(int lane, long atNs, String job) {
                throw new IllegalStateException("worker hook broken");
            }
        };
        List<String> warnings = new CopyOnWriteArrayList<>();
        Thread[] loopThread = new Thread[1];
        List<Thread> listenerThreads = new CopyOnWriteArrayList<>();
        try (Runner runner = new Runner(clock)) {
            runner.instrument(throwsOnWorker);
            // listeners are promised every warning on the loop thread
            runner.loop().addMessageListener(m -> {
                listenerThreads.add(Thread.currentThread());
                warnings.add(m.text());
            });
            Integer r = runner.run(coroutine("main", aw -> {
                loopThread[0] = Thread.currentThread();
                int v = aw.await(toThread("job", () -> {
                    Blocking.sleep(1);
                    return 7;
                }));
                aw.await(sleep(0)); // a warning posted from the worker is handled by now
                return v;
            }));
            assertThat(r).isEqualTo(7);
        }
        // an anonymous instrument is still named, by its class name
        assertThat(warnings).singleElement().asString()
                .startsWith("instrument InstrumentTest$").endsWith("raised IllegalStateException: worker hook broken and was removed");
        assertThat(listenerThreads).containsOnly(loopThread[0]);
    }
}
