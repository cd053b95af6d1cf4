package org.loopscope.loop;

/** The life of an event loop: created, running (run_forever or run_until_complete), stopped between runs, closed for good. */
public enum LoopState {
    CREATED, RUNNING, STOPPED, CLOSED
}
