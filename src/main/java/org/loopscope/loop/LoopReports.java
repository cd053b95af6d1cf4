package org.loopscope.loop;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.loopscope.trace.Instrument;
import org.loopscope.trace.MarkKind;

/**
 * What a loop tells its user: printed lines, warnings, never-awaited coroutines, errors in
 * callbacks and failed instruments. Each becomes a {@link LoopMessage} (for the console, the
 * event log and the command line) and a mark for the instruments (for the chart).
 */
final class LoopReports {
    private final EventLoop loop;
    private final MessageLog messages = new MessageLog();
    private BiConsumer<String, Throwable> exceptionHandler;

    LoopReports(EventLoop loop) {
        this.loop = loop;
    }

    void setExceptionHandler(BiConsumer<String, Throwable> handler) {
        exceptionHandler = handler;
    }

    void addListener(Consumer<LoopMessage> listener) {
        messages.addListener(listener);
    }

    List<LoopMessage> all() {
        return messages.all();
    }

    /** Records a message on a lane now, and tells the instruments. Loop thread only. */
    void mark(int lane, MarkKind kind, String text) {
        long now = loop.steps.exactTime();
        messages.add(new LoopMessage(now, lane, loop.laneName(lane), kind, text));
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null) {
            hooks.each(i -> i.mark(lane, now, kind, text));
        }
    }

    /** An instrument threw and was removed: say so, on the loop thread even if a worker's hook failed. */
    void instrumentFailed(Instrument instrument, Throwable error, Thread loopThread) {
        String text = "instrument " + nameOf(instrument) + " raised " + Task.describe(error) + " and was removed";
        if (loopThread == null || loopThread == Thread.currentThread()) {
            mark(0, MarkKind.WARNING, text);
            return;
        }
        try {
            loop.postFromThread(() -> mark(0, MarkKind.WARNING, text), WorkerPool.currentWorkerLane(), "instrument failure");
        } catch (IllegalStateException closed) {
            // the loop is closed: nobody is left to tell
        }
    }

    /** An exception escaped a callback: the handler (or a warning) reports it; it never stops the loop. */
    void exceptionInCallback(String context, Throwable error) {
        if (exceptionHandler != null) {
            try {
                exceptionHandler.accept(context, error);
                return;
            } catch (RuntimeException handlerError) {
                error = handlerError;
            }
        }
        mark(0, MarkKind.WARNING, context + ": " + Task.describe(error));
    }

    /** The class name a warning can show; an anonymous class has no simple name, so "PatternX$1". */
    private static String nameOf(Object o) {
        String simple = o.getClass().getSimpleName();
        if (!simple.isEmpty()) {
            return simple;
        }
        String name = o.getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
