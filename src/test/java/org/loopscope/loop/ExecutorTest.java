package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.toThread;
import static org.loopscope.loop.LoopTestSupport.runVirtual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * run_in_executor / to_thread on the virtual clock: worker threads take exact virtual time for
 * their blocking calls, and the loop goes on meanwhile; a blocking call on the loop thread holds
 * everything.
 */
class ExecutorTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<Double> ticks = new ArrayList<>();

    /** A task that records the loop time of each tick, {@code count} ticks {@code every} seconds apart. */
    private Task<Void> heartbeat(int count, double every) {
        return createTask(coroutine("heartbeat", c -> {
            for (int i = 0; i < count; i++) {
                c.await(sleep(every));
                ticks.add(c.loop().time());
            }
            return null;
        }));
    }

    private static List<Double> times(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void aBlockingJobOnAWorkerTakesExactVirtualTimeWhileTheLoopTicksOnTime() {
        double[] doneAt = new double[1];
        Integer r = runVirtual(clock, coroutine("main", aw -> {
            Task<Void> beat = heartbeat(12, 0.5);
            Integer value = aw.await(toThread("job", () -> {
                Blocking.sleep(5);
                return 42;
            }));
            doneAt[0] = aw.loop().time();
            aw.await(beat);
            return value;
        }));
        assertThat(r).isEqualTo(42);
        assertThat(doneAt[0]).isEqualTo(5.0);
        assertThat(ticks).containsExactlyElementsOf(times(0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0));
    }

    @Test
    void theJobsExceptionIsTheAwaitingTasksException() {
        IllegalStateException failure = new IllegalStateException("job failed");
        double[] failedAt = new double[1];
        assertThatThrownBy(() -> runVirtual(clock, coroutine("main", aw -> {
            try {
                return aw.await(toThread("job", () -> {
                    Blocking.sleep(1);
                    throw failure;
                }));
            } finally {
                failedAt[0] = aw.loop().time();
            }
        }))).isSameAs(failure);
        assertThat(failedAt[0]).isEqualTo(1.0);
    }

    @Test
    void severalJobsRunInParallelOnSeveralWorkerLanes() {
        Map<String, Integer> lanes = new ConcurrentHashMap<>();
        EventLoop[] loop = new EventLoop[1];
        runVirtual(clock, coroutine("main", aw -> {
            loop[0] = aw.loop();
            List<Future<String>> jobs = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                jobs.add(toThread(name, () -> {
                    lanes.put(name, WorkerPool.currentWorkerLane());
                    Blocking.sleep(2);
                    return name;
                }));
            }
            assertThat(aw.await(gather(jobs))).containsExactly("a", "b", "c");
            return null;
        }));
        assertThat(clock.now()).isEqualTo(2_000_000_000L);
        assertThat(lanes.values()).doesNotHaveDuplicates().hasSize(3);
        assertThat(lanes.values()).extracting(lane -> loop[0].laneName(lane))
                .containsExactlyInAnyOrder("worker-1", "worker-2", "worker-3");
    }

    @Test
    void aCancelledAwaiterDropsTheResultButTheJobRunsToItsEnd() {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        runVirtual(clock, coroutine("main", aw -> {
            Task<Integer> awaiter = createTask(coroutine("awaiter", c -> c.await(toThread("job", () -> {
                Blocking.sleep(3);
                log.add("job finished@" + clock.now() / 1e9);
                return 1;
            }))));
            aw.await(sleep(1.0));
            awaiter.cancel();
            assertThatThrownBy(() -> aw.await(awaiter)).isInstanceOf(CancelledError.class);
            log.add("awaiter cancelled@" + aw.loop().time());
            aw.await(sleep(3.0));
            return null;
        }));
        assertThat(log).containsExactly("awaiter cancelled@1.0", "job finished@3.0");
    }

    /** Jobs finishing at the same virtual moment, then more jobs: which worker lane ran which job. */
    private Map<String, Integer> workerAssignment() {
        Map<String, Integer> lanes = new ConcurrentHashMap<>();
        runVirtual(new VirtualClock(), coroutine("main", aw -> {
            Future<String> a = job("a", 1, lanes);
            Future<String> b = job("b", 1, lanes);
            Future<String> c = job("c", 2, lanes);
            aw.await(gather(a, b));
            Future<String> d = job("d", 1, lanes);
            Future<String> e = job("e", 1, lanes);
            aw.await(gather(c, d, e));
            return null;
        }));
        return new TreeMap<>(lanes);
    }

    private static Future<String> job(String name, double seconds, Map<String, Integer> lanes) {
        return toThread(name, () -> {
            lanes.put(name, WorkerPool.currentWorkerLane());
            Blocking.sleep(seconds);
            return name;
        });
    }

    @Test
    void theSameRunGivesTheSameWorkerAssignment() {
        Map<String, Integer> first = workerAssignment();
        for (int run = 0; run < 30; run++) {
            assertThat(workerAssignment()).as("run %d", run).isEqualTo(first);
        }
    }

    @Test
    void aBlockingCallInACoroutineHoldsTheLoopAndTheHeartbeatIsLate() {
        runVirtual(clock, coroutine("main", aw -> {
            Task<Void> beat = heartbeat(4, 0.5);
            aw.await(sleep(1.2));
            Blocking.sleep(2); // time.sleep(2) on the loop thread
            assertThat(aw.loop().time()).isEqualTo(3.2);
            aw.await(beat);
            return null;
        }));
        // the tick due at 1.5 could only run when the loop was free again, at 3.2
        assertThat(ticks).containsExactlyElementsOf(times(0.5, 1.0, 3.2, 3.7));
    }
}
