package org.loopscope.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pattern's run may need beyond the loop: resources opened for the run (such as a local
 * HTTP server) and closed when it ends, whatever the outcome.
 */
public final class PatternEnv implements AutoCloseable {
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final boolean virtualClock;

    public PatternEnv(boolean virtualClock) {
        this.virtualClock = virtualClock;
    }

    public boolean virtualClock() {
        return virtualClock;
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
