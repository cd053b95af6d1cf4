package org.loopscope.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Append-only storage of raw events, 16 bytes an event in two longs: the time, then the
 * argument (32 bits), the lane (24 bits) and the kind (8 bits) packed together. Events live in
 * fixed-size {@code long[]} chunks that are never moved once written: one array and two adjacent
 * stores per event, which is what keeps tracing cheap on the switch path.
 *
 * <p>One writer, many readers: the writer fills a slot, then publishes it by a release store of
 * the count; a reader loads the count with acquire and may then read every slot below it, because
 * chunks are never reallocated and the chunk table is replaced (not mutated) before the count
 * that makes its new chunk visible.
 */
final class EventColumns {
    /** Lanes are packed in 24 bits. */
    static final int MAX_LANES = 1 << 24;
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final VarHandle PUBLISHED;

    static {
        try {
            PUBLISHED = MethodHandles.lookup().findVarHandle(EventColumns.class, "published", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long[][] chunks = new long[16][];
    private long[][] writerChunks = chunks; // the writer's own view: no volatile read per event
    private long[] current;
    @SuppressWarnings("unused") // written and read through PUBLISHED
    private int published;
    private int size; // writer's own count

    void append(long time, int lane, byte kind, int arg) {
        int slot = size & MASK;
        if (slot == 0) {
            current = newChunk(size >>> CHUNK_BITS);
        }
        if (lane < 0 || lane >= MAX_LANES) {
            throw new IllegalArgumentException("lane " + lane + " cannot be traced (at most " + MAX_LANES + " lanes)");
        }
        long[] chunk = current;
        chunk[2 * slot] = time;
        chunk[2 * slot + 1] = (long) arg << 32 | (long) lane << 8 | (kind & 0xFF);
        size++;
        // A release store is enough to publish the slot (and a new chunk) to readers that load
        // the count with acquire; a volatile store would cost a full fence per event.
        PUBLISHED.setRelease(this, size);
    }

    private long[] newChunk(int index) {
        long[][] table = writerChunks;
        if (index == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
            writerChunks = table;
            chunks = table;
        }
        long[] chunk = new long[2 * CHUNK];
        table[index] = chunk;
        return chunk;
    }

    /** Events visible to readers. */
    int published() {
        return (int) PUBLISHED.getAcquire(this);
    }

    private long packed(int i) {
        return chunks[i >>> CHUNK_BITS][2 * (i & MASK) + 1];
    }

    long time(int i) {
        return chunks[i >>> CHUNK_BITS][2 * (i & MASK)];
    }

    int lane(int i) {
        return (int) (packed(i) >>> 8) & (MAX_LANES - 1);
    }

    byte kind(int i) {
        return (byte) packed(i);
    }

    int arg(int i) {
        return (int) (packed(i) >>> 32);
    }

    static int bytesPerEvent() {
        return 2 * Long.BYTES;
    }

    long allocatedBytes() {
        long n = 0;
        for (long[] c : chunks) {
            if (c != null) {
                n += (long) c.length * Long.BYTES;
            }
        }
        return n;
    }
}
