package org.loopscope.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Append-only primitive columns of raw events: time (8 bytes), lane (4), kind (1), argument (4)
 * = 17 bytes per event, in fixed-size chunks that are never moved once written.
 *
 * <p>One writer, many readers: the writer fills a slot, then publishes it by a volatile write of
 * the count; a reader reads the count first and may then read every slot below it, because
 * chunks are never reallocated and the chunk table is replaced (not mutated) before the count
 * that makes its new chunk visible.
 */
final class EventColumns {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private static final class Chunk {
        final long[] time = new long[CHUNK];
        final int[] lane = new int[CHUNK];
        final byte[] kind = new byte[CHUNK];
        final int[] arg = new int[CHUNK];
    }

    private static final VarHandle PUBLISHED;

    static {
        try {
            PUBLISHED = MethodHandles.lookup().findVarHandle(EventColumns.class, "published", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Chunk[] chunks = new Chunk[16];
    private Chunk[] writerChunks = chunks; // the writer's own view: no volatile read per event
    @SuppressWarnings("unused") // written and read through PUBLISHED
    private int published;
    private int size; // writer's own count

    void append(long time, int lane, byte kind, int arg) {
        int chunkIndex = size >>> CHUNK_BITS;
        Chunk[] table = writerChunks;
        if (chunkIndex == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
            writerChunks = table;
            chunks = table;
        }
        Chunk chunk = table[chunkIndex];
        if (chunk == null) {
            chunk = new Chunk();
            table[chunkIndex] = chunk;
        }
        int i = size & MASK;
        chunk.time[i] = time;
        chunk.lane[i] = lane;
        chunk.kind[i] = kind;
        chunk.arg[i] = arg;
        size++;
        // A release store is enough to publish the slot (and a new chunk) to readers that
        // load the count with acquire; a volatile store would cost a full fence per event.
        PUBLISHED.setRelease(this, size);
    }

    /** Events visible to readers. */
    int published() {
        return (int) PUBLISHED.getAcquire(this);
    }

    long time(int i) {
        return chunks[i >>> CHUNK_BITS].time[i & MASK];
    }

    int lane(int i) {
        return chunks[i >>> CHUNK_BITS].lane[i & MASK];
    }

    byte kind(int i) {
        return chunks[i >>> CHUNK_BITS].kind[i & MASK];
    }

    int arg(int i) {
        return chunks[i >>> CHUNK_BITS].arg[i & MASK];
    }

    static int bytesPerEvent() {
        return Long.BYTES + Integer.BYTES + 1 + Integer.BYTES;
    }

    long allocatedBytes() {
        long n = 0;
        for (Chunk c : chunks) {
            if (c != null) {
                n += (long) CHUNK * bytesPerEvent();
            }
        }
        return n;
    }
}
