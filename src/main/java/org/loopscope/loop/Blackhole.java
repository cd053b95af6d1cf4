package org.loopscope.loop;

/** Keeps the JIT from removing simulated computation whose result nobody reads. */
final class Blackhole {
    @SuppressWarnings("unused")
    private static volatile long sink;

    private Blackhole() {
    }

    static void consume(long value) {
        sink = value;
    }
}
