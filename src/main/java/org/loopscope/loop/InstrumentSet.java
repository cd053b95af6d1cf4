package org.loopscope.loop;

import java.util.Arrays;
import java.util.function.Consumer;
import org.loopscope.trace.Instrument;

/**
 * The instruments attached to a loop. The loop holds a reference to this set only while it is
 * non-empty, so an uninstrumented loop pays one null check per hook site. An instrument that
 * throws is removed and reported through the loop's exception handler; the run goes on.
 */
final class InstrumentSet {
    // Replaced, never mutated: the hooks iterate a plain array without allocating an iterator.
    private volatile Instrument[] instruments = new Instrument[0];
    // The usual case, a recorder alone, gets a direct call on the switch path: measured with
    // `bench switch --trace both`, walking the one-element array cost ~5 ns of a ~20 ns traced switch.
    // Plain: callers reach this set through the loop's volatile hooks field, written after it changes.
    private Instrument sole;
    // Whether any instrument wants bare yields (Instrument.hearsYields): plain, as sole is.
    private boolean hearsYields;
    private final EventLoop loop;

    InstrumentSet(EventLoop loop) {
        this.loop = loop;
    }

    synchronized void add(Instrument instrument) {
        if (!Arrays.asList(instruments).contains(instrument)) {
            Instrument[] grown = Arrays.copyOf(instruments, instruments.length + 1);
            grown[instruments.length] = instrument;
            replace(grown);
        }
    }

    synchronized boolean remove(Instrument instrument) {
        Instrument[] kept = Arrays.stream(instruments).filter(i -> i != instrument).toArray(Instrument[]::new);
        boolean removed = kept.length != instruments.length;
        replace(kept);
        return removed;
    }

    private void replace(Instrument[] now) {
        instruments = now;
        sole = now.length == 1 ? now[0] : null;
        hearsYields = Arrays.stream(now).anyMatch(Instrument::hearsYields);
    }

    /** False when no instrument wants a bare yield's two calls: the loop skips them. */
    boolean hearsYields() {
        return hearsYields;
    }

    boolean isEmpty() {
        return instruments.length == 0;
    }

    // The three hooks on the switch path are spelled out: no lambda to allocate per call.
    void taskReady(int lane, org.loopscope.trace.WakeKind cause, int source, long since, long at) {
        Instrument one = sole;
        if (one != null) {
            try {
                one.taskReady(lane, cause, source, since, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(one, e);
            }
            return;
        }
        for (Instrument instrument : instruments) {
            try {
                instrument.taskReady(lane, cause, source, since, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(instrument, e);
            }
        }
    }

    void beforeTaskStep(int lane, long at) {
        Instrument one = sole;
        if (one != null) {
            try {
                one.beforeTaskStep(lane, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(one, e);
            }
            return;
        }
        for (Instrument instrument : instruments) {
            try {
                instrument.beforeTaskStep(lane, at);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(instrument, e);
            }
        }
    }

    void afterTaskStep(int lane, long at, String waitingOn) {
        Instrument one = sole;
        if (one != null) {
            try {
                one.afterTaskStep(lane, at, waitingOn);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(one, e);
            }
            return;
        }
        for (Instrument instrument : instruments) {
            try {
                instrument.afterTaskStep(lane, at, waitingOn);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(instrument, e);
            }
        }
    }

    private void failed(Instrument instrument, Throwable e) {
        if (remove(instrument)) {
            loop.instrumentFailed(instrument, e);
        }
    }

    /** Calls {@code hook} on every instrument; one that throws is removed and reported. */
    void each(Consumer<Instrument> hook) {
        for (Instrument instrument : instruments) {
            try {
                hook.accept(instrument);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                failed(instrument, e);
            }
        }
    }
}
