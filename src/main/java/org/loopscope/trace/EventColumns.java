package org.loopscope.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Append-only storage of raw events as a stream of ints. A record is a header int (lane in the
 * high 24 bits, then two flags and the 5-bit kind), the time as two ints only if it differs from
 * the previous record's, and the argument as one int only if it is not 0. A task switch is a step
 * beginning at the previous event's (coarse) time: one int, 4 bytes, where a fixed layout took 16.
 * The bytes are what tracing costs on the switch path: writing into memory the trace has never
 * used cost ~0.6 ns a byte in the switch microbenchmark (docs/PERFORMANCE.md).
 *
 * <p>Records live in fixed-size {@code int[]} chunks that are never moved once written; a record
 * never straddles two chunks (the rest of a chunk it does not fit in is padded). Readers go
 * forward only, with a {@link Reader}: no reader needs an event by index.
 *
 * <p>One writer, many readers: the writer fills a record, then publishes it by a release store of
 * the event count; a reader loads the count with acquire and may then read every record below it,
 * because chunks are never reallocated and the chunk table is replaced (not mutated) before the
 * count that makes its new chunk visible.
 */
final class EventColumns {
    /** Lanes are packed in 24 bits. */
    static final int MAX_LANES = 1 << 24;
    /** Kinds are packed in 5 bits; the last value marks padding. */
    static final int MAX_KIND = 30;
    private static final int KIND_BITS = 0x1F;
    private static final int PAD = KIND_BITS;
    private static final int TIME_FOLLOWS = 0x20;
    private static final int ARG_FOLLOWS = 0x40;
    /** The first chunk holds 2^14 ints (64 KB); each next one twice as many, up to 2^23 (32 MB). */
    private static final int FIRST_BITS = 14;
    private static final int DOUBLINGS = 9;
    /** Chunks from 1 MB on are allocated ahead; smaller ones come from the writer's TLAB cheaply. */
    private static final int ALLOCATE_AHEAD_INTS = (1 << 20) / Integer.BYTES;
    private static final VarHandle PUBLISHED;

    static {
        try {
            PUBLISHED = MethodHandles.lookup().findVarHandle(EventColumns.class, "published", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int[][] chunks = new int[16][];
    private int[][] writerChunks = chunks; // the writer's own view: no volatile read per event
    private int[] current;
    private int next; // index in current of the next free int
    // Where the append path leaves the current chunk's fast path: its end, or, while the next
    // chunk is still to be asked of the helper, the point three quarters in where it is asked for.
    private int limit;
    private int chunkCount;
    // The time of the last record written; a reader starts from the same value, so a record
    // without a time means this one.
    private long lastTime = Long.MIN_VALUE;
    // The count readers may read; the writer alone stores it (a release store), and reads it plainly.
    private int published;
    // The next big chunk, allocated ahead on a helper thread: zeroing up to 32 MB and touching its
    // pages for the first time would otherwise stall the writer (the loop) on the switch path.
    private volatile int[] ahead;

    /** Stores one event; {@code kind} is a {@link RawEvent} code (at most {@link #MAX_KIND}). */
    void append(long time, int lane, byte kind, int arg) {
        if ((lane & -MAX_LANES) != 0) { // one test for both negative and too large
            throw new IllegalArgumentException("lane " + lane + " cannot be traced (at most " + MAX_LANES + " lanes)");
        }
        int header = lane << 8 | kind;
        int size = 1;
        boolean newTime = time != lastTime;
        if (newTime) {
            header |= TIME_FOLLOWS;
            size = 3;
        }
        if (arg != 0) {
            header |= ARG_FOLLOWS;
            size++;
        }
        int[] chunk = current;
        int i = next;
        if (i + size > limit) { // limit is 0 before the first chunk
            chunk = roomFor(size);
            i = next;
        }
        chunk[i++] = header;
        if (newTime) {
            chunk[i++] = (int) (time >>> 32);
            chunk[i++] = (int) time;
            lastTime = time;
        }
        if (arg != 0) {
            chunk[i++] = arg;
        }
        next = i;
        // A release store is enough to publish the record (and a new chunk) to readers that load
        // the count with acquire; a volatile store would cost a full fence per event.
        PUBLISHED.setRelease(this, published + 1);
    }

    /**
     * The chunk to write the next {@code size} ints into, at {@link #next}: the current one past
     * its ahead mark (the next chunk is asked of the helper now, not when this one began, so a
     * trace that ends inside this chunk never allocates one it does not use), or a new one.
     */
    private int[] roomFor(int size) {
        int[] chunk = current;
        if (chunk != null && limit < chunk.length) {
            ChunkAllocator.allocate(intsInChunk(chunkCount), allocated -> ahead = allocated);
            limit = chunk.length;
            if (next + size <= limit) {
                return chunk;
            }
        }
        return newChunk();
    }

    /**
     * Pads the rest of the current chunk and starts the next. Chunks double in size: a small trace
     * stays small, and a big one lives in chunks large enough for G1 to place them straight in the
     * old generation as humongous objects, so young collections never copy a growing trace.
     */
    private int[] newChunk() {
        if (current != null && next < current.length) {
            current[next] = PAD;
        }
        int index = chunkCount;
        int[][] table = writerChunks;
        if (index == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
            writerChunks = table;
            chunks = table;
        }
        int length = intsInChunk(index);
        int[] chunk = ahead;
        ahead = null;
        if (chunk == null || chunk.length != length) {
            chunk = new int[length];
        }
        table[index] = chunk;
        chunkCount++;
        current = chunk;
        next = 0;
        // The helper has a quarter of this chunk's writing time to zero the next, far more than it needs.
        limit = intsInChunk(index + 1) >= ALLOCATE_AHEAD_INTS ? length - length / 4 : length;
        return chunk;
    }

    private static int intsInChunk(int index) {
        return 1 << (FIRST_BITS + Math.min(index, DOUBLINGS));
    }

    /** Whether the helper has handed over the next chunk (for tests: it is asked for only past the ahead mark). */
    boolean hasChunkAhead() {
        return ahead != null;
    }

    /** Events visible to readers. */
    int published() {
        return (int) PUBLISHED.getAcquire(this);
    }

    /** Bytes the records written so far take (padding included); exact on the writer's thread or after the run. */
    long usedBytes() {
        long ints = next;
        for (int c = 0; c < chunkCount - 1; c++) {
            ints += intsInChunk(c);
        }
        return ints * Integer.BYTES;
    }

    /** Bytes of every chunk this store holds, the one allocated ahead and not yet written included. */
    long allocatedBytes() {
        int[] spare = ahead;
        long n = spare == null ? 0 : (long) spare.length * Integer.BYTES;
        for (int[] c : chunks) {
            if (c != null) {
                n += (long) c.length * Integer.BYTES;
            }
        }
        return n;
    }

    /** A new reader, before the first event. */
    Reader reader() {
        return new Reader();
    }

    /**
     * Reads the events in order, on one thread (any). {@link #advance()} moves to the next event,
     * which the caller knows is published ({@link #published()} said so); the accessors then
     * describe it.
     */
    final class Reader {
        private int chunkIndex = -1;
        private int[] chunk;
        private int offset;
        private int read;
        private long time = Long.MIN_VALUE; // as the writer's lastTime starts
        private int lane;
        private byte kind;
        private int arg;

        /** Events read so far. */
        int read() {
            return read;
        }

        /** Moves to the next event; the caller has seen {@link #published()} above {@link #read()}. */
        void advance() {
            if (read >= published()) {
                throw new IllegalStateException("event " + read + " is not published yet");
            }
            int[] c = chunk;
            int o = offset;
            if (c == null || o == c.length || c[o] == PAD) {
                c = chunks[++chunkIndex];
                chunk = c;
                o = 0;
            }
            int header = c[o++];
            kind = (byte) (header & KIND_BITS);
            lane = header >>> 8;
            if ((header & TIME_FOLLOWS) != 0) {
                time = (long) c[o] << 32 | (c[o + 1] & 0xFFFF_FFFFL);
                o += 2;
            }
            arg = (header & ARG_FOLLOWS) != 0 ? c[o++] : 0;
            offset = o;
            read++;
        }

        long time() {
            return time;
        }

        int lane() {
            return lane;
        }

        byte kind() {
            return kind;
        }

        int arg() {
            return arg;
        }
    }
}
