package org.loopscope.trace;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Allocates big event chunks on a helper thread, ahead of need. Java zeroes a new array on the
 * allocating thread, and a fresh 32 MB chunk also takes thousands of first-touch page faults;
 * done here, that work runs beside the loop instead of inside one of its task switches.
 */
final class ChunkAllocator {
    // One thread at most, ending half a second after its last chunk.
    private static final ThreadPoolExecutor THREAD = new ThreadPoolExecutor(1, 1, 500, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "loopscope-trace-chunks");
                t.setDaemon(true);
                return t;
            });

    static {
        THREAD.allowCoreThreadTimeOut(true);
    }

    private ChunkAllocator() {
    }

    /** Allocates {@code ints} ints and hands them to {@code ready} on the helper thread; best effort. */
    static void allocate(int ints, Consumer<int[]> ready) {
        try {
            THREAD.execute(() -> {
                try {
                    ready.accept(new int[ints]);
                } catch (OutOfMemoryError e) {
                    // The writer allocates the chunk itself when it needs it, and reports that failure.
                }
            });
        } catch (RejectedExecutionException e) {
            // Never shut down; if it were, the writer allocates on its own.
        }
    }
}
