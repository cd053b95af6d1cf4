package org.loopscope.loop;

import org.loopscope.asyncio.Runner;

/** Runs a main coroutine on a fresh virtual-clock loop, as asyncio.run would. */
final class LoopTestSupport {
    private LoopTestSupport() {
    }

    static <T> T runVirtual(VirtualClock clock, Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    static <T> T runVirtual(Coroutine<T> main) {
        return runVirtual(new VirtualClock(), main);
    }

    static double seconds(long ns) {
        return ns / 1e9;
    }
}
