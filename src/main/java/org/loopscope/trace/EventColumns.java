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
    /** The first chunk holds 2^12 events; each next one twice as many, up to 2^21 (32 MB). */
    private static final int FIRST_BITS = 12;
    private static final int DOUBLINGS = 9;
    private static final int BIG_CHUNK = 1 << (FIRST_BITS + DOUBLINGS);
    /** Events held by the doubling chunks together; later chunks are all BIG_CHUNK events. */
    private static final int DOUBLING_TOTAL = (1 << FIRST_BITS) * ((1 << DOUBLINGS) - 1);
    /** Chunks from 1 MB on are allocated ahead; smaller ones come from the writer's TLAB cheaply. */
    private static final int ALLOCATE_AHEAD_LONGS = (1 << 20) / Long.BYTES;
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
    private int next; // index in current of the next free event's first long
    private int chunkCount;
    // The count readers may read; the writer alone stores it (a release store), and reads it plainly.
    private int published;
    // The next big chunk, allocated ahead on a helper thread: zeroing up to 32 MB and touching its
    // pages for the first time would otherwise stall the writer (the loop) on the switch path.
    private volatile long[] ahead;

    void append(long time, int lane, byte kind, int arg) {
        if ((lane & -MAX_LANES) != 0) { // one test for both negative and too large
            throw new IllegalArgumentException("lane " + lane + " cannot be traced (at most " + MAX_LANES + " lanes)");
        }
        long[] chunk = current;
        int i = next;
        if (chunk == null || i == chunk.length) {
            chunk = newChunk();
            i = 0;
        }
        chunk[i] = time;
        chunk[i + 1] = (long) arg << 32 | (long) lane << 8 | (kind & 0xFF);
        next = i + 2;
        // A release store is enough to publish the slot (and a new chunk) to readers that load
        // the count with acquire; a volatile store would cost a full fence per event.
        PUBLISHED.setRelease(this, published + 1);
    }

    /**
     * Chunks double in size: a small trace stays small, and a big one lives in chunks large enough
     * for G1 to place them straight in the old generation as humongous objects, so young
     * collections never copy a growing trace (which cost more than writing it).
     */
    private long[] newChunk() {
        int index = chunkCount;
        long[][] table = writerChunks;
        if (index == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
            writerChunks = table;
            chunks = table;
        }
        int length = 2 * eventsInChunk(index);
        long[] chunk = ahead;
        ahead = null;
        if (chunk == null || chunk.length != length) {
            chunk = new long[length];
        }
        table[index] = chunk;
        chunkCount++;
        current = chunk;
        next = 0;
        int nextLength = 2 * eventsInChunk(index + 1);
        if (nextLength >= ALLOCATE_AHEAD_LONGS) {
            ChunkAllocator.allocate(nextLength, allocated -> ahead = allocated);
        }
        return chunk;
    }

    private static int eventsInChunk(int index) {
        return index < DOUBLINGS ? 1 << (FIRST_BITS + index) : BIG_CHUNK;
    }

    /** Index of the chunk holding event {@code i}. */
    private static int chunkOf(int i) {
        if (i < DOUBLING_TOTAL) {
            return 31 - Integer.numberOfLeadingZeros((i >>> FIRST_BITS) + 1);
        }
        return DOUBLINGS + (i - DOUBLING_TOTAL) / BIG_CHUNK;
    }

    /** Position of event {@code i} within its chunk. */
    private static int offsetIn(int chunk, int i) {
        if (chunk < DOUBLINGS) {
            return i - (1 << FIRST_BITS) * ((1 << chunk) - 1);
        }
        return (i - DOUBLING_TOTAL) % BIG_CHUNK;
    }

    /** Events visible to readers. */
    int published() {
        return (int) PUBLISHED.getAcquire(this);
    }

    private long packed(int i) {
        int c = chunkOf(i);
        return chunks[c][2 * offsetIn(c, i) + 1];
    }

    long time(int i) {
        int c = chunkOf(i);
        return chunks[c][2 * offsetIn(c, i)];
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
