package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** {@code async with asyncio.TaskGroup()}, after CPython test_asyncio/test_taskgroups.py, on the virtual clock. */
class TaskGroupTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();
    private final List<Task<?>> children = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private double now() {
        return clock.now() / 1e9;
    }

    private static Coroutine<Integer> value(int v, double seconds) {
        return coroutine("value(" + v + ")", c -> {
            c.await(sleep(seconds));
            return v;
        });
    }

    private static Coroutine<Integer> failing(String message, double seconds) {
        return coroutine("fail(" + message + ")", c -> {
            c.await(sleep(seconds));
            throw new IllegalStateException(message);
        });
    }

    /** Sleeps long; when cancelled, logs and takes {@code cleanup} seconds before re-raising. */
    private Coroutine<Integer> sibling(String name, double cleanup) {
        return coroutine(name, c -> {
            try {
                c.await(sleep(100.0));
                return 0;
            } catch (CancelledError e) {
                log.add(name + " cancelled at " + c.loop().time());
                c.await(sleep(cleanup));
                log.add(name + " cleaned up at " + c.loop().time());
                throw e;
            }
        });
    }

    private <T> Task<T> child(TaskGroup tg, Coroutine<T> coroutine) {
        Task<T> t = tg.createTask(coroutine);
        children.add(t);
        return t;
    }

    @Test
    void whenAllChildrenSucceedTheBlockEndsWithTheLastOne() {
        List<Integer> results = run(coroutine("main", aw -> {
            List<Task<Integer>> ts = new ArrayList<>();
            TaskGroup.run(aw, tg -> {
                ts.add(tg.createTask(value(1, 1.0)));
                ts.add(tg.createTask(value(2, 3.0)));
                ts.add(tg.createTask(value(3, 2.0)));
            });
            assertThat(aw.loop().time()).isEqualTo(3.0);
            return ts.stream().map(Task::result).toList();
        }));
        assertThat(results).containsExactly(1, 2, 3);
        assertThat(now()).isEqualTo(3.0);
    }

    @Test
    void oneFailureCancelsTheSiblingsAndWaitsForThemToFinish() {
        ExceptionGroup[] group = new ExceptionGroup[1];
        run(coroutine("main", aw -> {
            try {
                TaskGroup.run(aw, tg -> {
                    child(tg, failing("boom", 1.0));
                    child(tg, sibling("a", 0.5));
                    child(tg, sibling("b", 2.0));
                });
            } catch (ExceptionGroup e) {
                group[0] = e;
                log.add("group raised at " + aw.loop().time());
            }
            return null;
        }));
        // the siblings' CancelledError handlers ran, and the group waited for the slower one
        assertThat(log).containsExactly("a cancelled at 1.0", "b cancelled at 1.0",
                "a cleaned up at 1.5", "b cleaned up at 3.0", "group raised at 3.0");
        assertThat(group[0].exceptions()).singleElement()
                .isInstanceOf(IllegalStateException.class).hasFieldOrPropertyWithValue("message", "boom");
        assertThat(children.get(1).cancelled()).isTrue();
        assertThat(children.get(2).cancelled()).isTrue();
    }

    @Test
    void aFailureInterruptsTheBodyAndTheParentIsNotLeftCancelled() {
        run(coroutine("main", aw -> {
            try {
                TaskGroup.run(aw, tg -> {
                    child(tg, failing("boom", 1.0));
                    try {
                        aw.await(sleep(10.0));
                    } catch (CancelledError e) {
                        log.add("body interrupted at " + aw.loop().time());
                        throw e;
                    }
                });
            } catch (ExceptionGroup e) {
                log.add("group raised " + e.exceptions().size());
            }
            // the group's own cancel of the parent was taken back: the parent goes on
            assertThat(aw.task().cancelling()).isZero();
            aw.await(sleep(1.0));
            log.add("parent went on to " + aw.loop().time());
            return null;
        }));
        assertThat(log).containsExactly("body interrupted at 1.0", "group raised 1", "parent went on to 2.0");
    }

    @Test
    void aFailureWhileTheParentWaitsAtTheExitDoesNotLeaveTheParentCancelled() {
        run(coroutine("main", aw -> {
            try {
                TaskGroup.run(aw, tg -> {
                    child(tg, failing("boom", 1.0));
                    child(tg, sibling("a", 0));
                }); // the body ends at once; the failure comes while the group waits for its children
            } catch (ExceptionGroup e) {
                log.add("group raised at " + aw.loop().time());
            }
            log.add("cancelling " + aw.task().cancelling());
            aw.await(sleep(1.0));
            log.add("parent went on to " + aw.loop().time());
            return null;
        }));
        assertThat(log).containsExactly("a cancelled at 1.0", "a cleaned up at 1.0", "group raised at 1.0",
                "cancelling 0", "parent went on to 2.0");
    }

    @Test
    void twoFailuresAtTheSameMomentAreBothInTheGroup() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> {
            TaskGroup.run(aw, tg -> {
                child(tg, failing("first", 1.0));
                child(tg, failing("second", 1.0));
                child(tg, sibling("a", 0));
            });
            return null;
        }))).isInstanceOfSatisfying(ExceptionGroup.class, e -> assertThat(e.exceptions())
                .extracting(Throwable::getMessage).containsExactly("first", "second"));
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void aChildThatSwallowsItsCancelIsNotAnError() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> {
            TaskGroup.run(aw, tg -> {
                child(tg, failing("boom", 1.0));
                child(tg, coroutine("stubborn", c -> {
                    try {
                        c.await(sleep(10.0));
                    } catch (CancelledError e) {
                        c.await(sleep(1.0));
                    }
                    return 7;
                }));
            });
            return null;
        }))).isInstanceOfSatisfying(ExceptionGroup.class, e -> assertThat(e.exceptions()).hasSize(1));
        assertThat(children.get(1).result()).isEqualTo(7);
        assertThat(now()).isEqualTo(2.0);
    }

    @Test
    void anErrorInTheBodyCancelsTheChildrenAndIsInTheGroup() {
        IllegalArgumentException bodyError = new IllegalArgumentException("body failed");
        assertThatThrownBy(() -> run(coroutine("main", aw -> {
            TaskGroup.run(aw, tg -> {
                child(tg, sibling("a", 0.5));
                aw.await(sleep(1.0));
                throw bodyError;
            });
            return null;
        }))).isInstanceOfSatisfying(ExceptionGroup.class, e -> assertThat(e.exceptions()).containsExactly(bodyError));
        assertThat(log).containsExactly("a cancelled at 1.0", "a cleaned up at 1.5");
        assertThat(children.get(0).cancelled()).isTrue();
    }

    @Test
    void cancellingTheParentInTheBodyPropagatesCancelledErrorAndCancelsTheChildren() {
        Task<?>[] parent = new Task<?>[1];
        run(coroutine("main", aw -> {
            parent[0] = createTask(coroutine("parent", p -> {
                TaskGroup.run(p, tg -> {
                    child(tg, sibling("a", 0.5));
                    p.await(sleep(10.0));
                });
                log.add("after the group (must not happen)");
                return null;
            }));
            aw.await(sleep(1.0));
            parent[0].cancel();
            try {
                aw.await(parent[0]);
            } catch (CancelledError e) {
                log.add("parent cancelled at " + aw.loop().time());
            }
            return null;
        }));
        assertThat(log).containsExactly("a cancelled at 1.0", "a cleaned up at 1.5", "parent cancelled at 1.5");
        assertThat(children.get(0).cancelled()).isTrue();
    }

    @Test
    void cancellingTheParentWhileItWaitsAtTheExitPropagatesCancelledError() {
        Task<?>[] parent = new Task<?>[1];
        run(coroutine("main", aw -> {
            parent[0] = createTask(coroutine("parent", p -> {
                TaskGroup.run(p, tg -> child(tg, sibling("a", 0.5)));
                return null;
            }));
            aw.await(sleep(1.0));
            parent[0].cancel();
            try {
                aw.await(parent[0]);
            } catch (CancelledError e) {
                log.add("parent cancelled at " + aw.loop().time());
            }
            return null;
        }));
        assertThat(log).containsExactly("a cancelled at 1.0", "a cleaned up at 1.5", "parent cancelled at 1.5");
    }

    @Test
    void aChildFailingWhileTheParentIsCancelledFromOutsideGivesTheErrorPriority() {
        Task<?>[] parent = new Task<?>[1];
        Throwable[] outcome = new Throwable[1];
        run(coroutine("main", aw -> {
            parent[0] = createTask(coroutine("parent", p -> {
                TaskGroup.run(p, tg -> child(tg, coroutine("fails when cancelled", c -> {
                    try {
                        c.await(sleep(10.0));
                        return 0;
                    } catch (CancelledError e) {
                        throw new IllegalStateException("cleanup failed");
                    }
                })));
                return null;
            }));
            aw.await(sleep(1.0));
            parent[0].cancel();
            try {
                aw.await(parent[0]);
            } catch (CancelledError | ExceptionGroup e) {
                outcome[0] = e;
            }
            return null;
        }));
        // "Propagate CancelledError if there is one, except if there are other errors"
        assertThat(outcome[0]).isInstanceOf(ExceptionGroup.class);
    }

    @Test
    void createTaskAfterTheGroupFinishedIsARuntimeError() {
        TaskGroup[] group = new TaskGroup[1];
        run(coroutine("main", aw -> {
            TaskGroup.run(aw, tg -> {
                group[0] = tg;
                tg.createTask(value(1, 1.0));
            });
            Coroutine<Integer> late = value(2, 1.0);
            assertThatThrownBy(() -> group[0].createTask(late)).isInstanceOf(RuntimeError.class).hasMessageContaining("is finished");
            aw.await(late); // consume it, so the test leaves no never-awaited coroutine
            return null;
        }));
    }

    @Test
    void aChildMayAddChildrenWhileTheGroupWaitsAtTheExit() {
        run(coroutine("main", aw -> {
            TaskGroup.run(aw, tg -> tg.createTask(coroutine("spawner", c -> {
                c.await(sleep(1.0));
                tg.createTask(coroutine("late child", l -> {
                    l.await(sleep(2.0));
                    log.add("late child done at " + l.loop().time());
                    return null;
                }));
                return null;
            })));
            log.add("group done at " + aw.loop().time());
            return null;
        }));
        assertThat(log).containsExactly("late child done at 3.0", "group done at 3.0");
    }
}
