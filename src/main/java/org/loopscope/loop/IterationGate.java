package org.loopscope.loop;

/**
 * Consulted by the loop thread before each iteration: a UI can hold the loop there to pause it,
 * or let exactly one iteration through to step it. Never called on the UI thread.
 */
@FunctionalInterface
public interface IterationGate {
    void beforeIteration(EventLoop loop) throws InterruptedException;
}
