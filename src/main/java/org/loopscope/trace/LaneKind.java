package org.loopscope.trace;

/** The three kinds of lane a chart shows: the event loop itself, a task, an executor worker thread. */
public enum LaneKind {
    LOOP, TASK, WORKER
}
