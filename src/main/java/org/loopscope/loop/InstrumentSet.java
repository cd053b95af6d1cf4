package org.loopscope.loop;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.loopscope.trace.Instrument;

/**
 * The instruments attached to a loop. The loop holds a reference to this set only while it is
 * non-empty, so an uninstrumented loop pays one null check per hook site. An instrument that
 * throws is removed and reported through the loop's exception handler; the run goes on.
 */
final class InstrumentSet {
    private final CopyOnWriteArrayList<Instrument> instruments = new CopyOnWriteArrayList<>();
    private final EventLoop loop;

    InstrumentSet(EventLoop loop) {
        this.loop = loop;
    }

    void add(Instrument instrument) {
        instruments.addIfAbsent(instrument);
    }

    boolean remove(Instrument instrument) {
        return instruments.remove(instrument);
    }

    boolean isEmpty() {
        return instruments.isEmpty();
    }

    // The three hooks on the switch path are spelled out: no lambda to allocate per call.
    void taskReady(int lane, org.loopscope.trace.WakeKind cause, int source, long since, long at) {
        for (Instrument instrument : instruments) {
            try {
                instrument.taskReady(lane, cause, source, since, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                instruments.remove(instrument);
                loop.instrumentFailed(instrument, e);
            }
        }
    }

    void beforeTaskStep(int lane, long at) {
        for (Instrument instrument : instruments) {
            try {
                instrument.beforeTaskStep(lane, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                instruments.remove(instrument);
                loop.instrumentFailed(instrument, e);
            }
        }
    }

    void afterTaskStep(int lane, long at, String waitingOn) {
        for (Instrument instrument : instruments) {
            try {
                instrument.afterTaskStep(lane, at, waitingOn);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                instruments.remove(instrument);
                loop.instrumentFailed(instrument, e);
            }
        }
    }

    /** Calls {@code hook} on every instrument; one that throws is removed and reported. */
    void each(Consumer<Instrument> hook) {
        for (Instrument instrument : instruments) {
            try {
                hook.accept(instrument);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                instruments.remove(instrument);
                loop.instrumentFailed(instrument, e);
            }
        }
    }
}
