package org.loopscope.patterns;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.loop.Clock;

/**
 * What a pattern's run may need beyond the loop: resources opened for the run (such as a local
 * HTTP server) and closed when it ends, whatever the outcome.
 */
public final class PatternEnv implements AutoCloseable {
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final boolean virtualClock;
    private final Clock clock;

    public PatternEnv(boolean virtualClock) {
        this.virtualClock = virtualClock;
        this.clock = null;
    }

    /** An environment for a run on {@code clock}: outside work (a local server) takes its time from it. */
    public PatternEnv(Clock clock) {
        this.virtualClock = clock.isVirtual();
        this.clock = clock;
    }

    public boolean virtualClock() {
        return virtualClock;
    }

    /**
     * The run's clock, for outside work that must wait in demo time: a local server's delay is a
     * virtual sleep on a virtual clock (deterministic) and a scaled real sleep on a real one.
     */
    public Clock clock() {
        if (clock == null) {
            throw new IllegalStateException("this environment was made without a clock");
        }
        return clock;
    }

    /** Registers a resource to close at the end of the run; returns it. */
    public synchronized <T extends AutoCloseable> T own(T resource) {
        resources.add(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // closing is best effort: the run is over either way
            }
        }
        resources.clear();
    }
}
