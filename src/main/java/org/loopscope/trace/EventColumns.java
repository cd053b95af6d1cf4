package org.loopscope.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Append-only storage of raw events as a stream of ints. A record is a header int (lane in the
 * high 24 bits, then two flags and the 5-bit kind), the time as two ints only if it differs from
 * the previous record's, and the argument as one int only if it is not 0. A task switch is a step
 * beginning at the previous event's (coarse) time: one int, 4 bytes, where a fixed layout took 16.
 *
 * <p>Runs of steps take no record per step ({@link #appendStep}): after a step's record, each step
 * that begins at the same time on the next lane up is only counted, and a {@link RawEvent#STEP_RUN}
 * record says how many once something else comes. The loop runs its ready queue in order, and
 * tasks that became ready in the order they were created (gathered, created in a loop, woken one
 * by one) have their lanes in that order: a round of N such steps takes 12 bytes, not 4 N. Readers
 * see every step as an event of its own.
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
    /** A STEP_RUN record's header: its count follows; its lane and time are those of the run. */
    private static final int RUN_HEADER = ARG_FOLLOWS | RawEvent.STEP_RUN;
    /** No open run: matches no lane. */
    private static final int NO_RUN = -1;
    /** The first chunk holds 2^14 ints (64 KB); each next one twice as many, up to 2^23 (32 MB). */
    private static final int FIRST_BITS = 14;
    private static final int DOUBLINGS = 9;
    /** Chunks from 1 MB on are allocated ahead; smaller ones come from the writer's TLAB cheaply. */
    private static final int ALLOCATE_AHEAD_INTS = (1 << 20) / Integer.BYTES;
    private static final VarHandle PUBLISHED;
    // Ordered access to single ints of a chunk, for the one place a reader looks at memory no
    // published count covers: right after an open run (Reader.nextIsImplied).
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

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
    // The open run of steps: the lane a step at lastTime must be on to extend it (NO_RUN: none),
    // and the first lane it implies; the steps implied so far are runNextLane - runFirstLane.
    private int runNextLane = NO_RUN;
    private int runFirstLane;

    /**
     * Stores the beginning of a task's step (RawEvent.STEP_BEGIN). One that extends the open run —
     * same time as the last record, lane one up from the previous step's — is only counted: the
     * count is published as for any event, and readers imply the step from the run's first record.
     */
    void appendStep(long time, int lane) {
        if (lane == runNextLane && time == lastTime && (lane & -MAX_LANES) == 0) {
            runNextLane = lane + 1;
            PUBLISHED.setRelease(this, published + 1);
            return;
        }
        append(time, lane, RawEvent.STEP_BEGIN, 0);
    }

    /** Stores one event; {@code kind} is a {@link RawEvent} code (at most {@link #MAX_KIND}). */
    void append(long time, int lane, byte kind, int arg) {
        if ((lane & -MAX_LANES) != 0) { // one test for both negative and too large
            throw new IllegalArgumentException("lane " + lane + " cannot be traced (at most " + MAX_LANES + " lanes)");
        }
        if (runNextLane != NO_RUN) {
            closeRun();
        }
        int header = lane << 8 | kind;
        int size = 1;
        // A header of 0 never stands alone (its time is then written): a reader looking past an open
        // run takes 0 for memory not written yet.
        boolean newTime = time != lastTime || (header | arg) == 0;
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
        if (kind == RawEvent.STEP_BEGIN && arg == 0) {
            runFirstLane = lane + 1;
            runNextLane = lane + 1;
        }
        // A release store is enough to publish the record (and a new chunk) to readers that load
        // the count with acquire; a volatile store would cost a full fence per event.
        PUBLISHED.setRelease(this, published + 1);
    }

    /**
     * Ends the open run: if it implied any step, a STEP_RUN record with their count. Its header is
     * written last, with release, so that a reader that looks past the run before this record is
     * published sees either all of it or 0 (Reader.nextIsImplied).
     */
    private void closeRun() {
        int implied = runNextLane - runFirstLane;
        runNextLane = NO_RUN;
        if (implied == 0) {
            return;
        }
        int[] chunk = current;
        int i = next;
        if (i + 2 > limit) {
            chunk = roomFor(2);
            i = next;
        }
        chunk[i + 1] = implied;
        INTS.setRelease(chunk, i, RUN_HEADER);
        next = i + 2;
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
        int[] previous = current;
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
        // After the table holds the new chunk, with release: a reader that sees the padding finds it.
        if (previous != null && next < previous.length) {
            INTS.setRelease(previous, next, PAD);
        }
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
        // After a STEP_BEGIN record: the steps of its run read so far, and how many more its
        // STEP_RUN record promises (-1 before that record is seen: the run may still be open).
        private boolean inRun;
        private int impliedRead;
        private int runLeft;

        /** Events read so far. */
        int read() {
            return read;
        }

        /** Moves to the next event; the caller has seen {@link #published()} above {@link #read()}. */
        void advance() {
            if (read >= published()) {
                throw new IllegalStateException("event " + read + " is not published yet");
            }
            if (inRun && nextIsImplied()) {
                lane++; // a step of the run: same time, the next lane up, no argument
                impliedRead++;
                read++;
                return;
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
            inRun = kind == RawEvent.STEP_BEGIN && arg == 0;
            impliedRead = 0;
            runLeft = -1;
            read++;
        }

        /**
         * In a run, with an event published: whether it is a step the run implies. Past the records
         * read lies either the run's STEP_RUN record, the next record (the run implied nothing), or
         * memory not written yet — the run is still open, and since the writer writes every record
         * before publishing its event, the published event can only be one of its steps. Moves past
         * the STEP_RUN record when it comes to it.
         */
        private boolean nextIsImplied() {
            if (runLeft < 0) {
                int header = peekNextHeader();
                if (header == 0) {
                    return true;
                }
                if ((header & KIND_BITS) != RawEvent.STEP_RUN) {
                    inRun = false;
                    return false;
                }
                runLeft = chunk[offset + 1] - impliedRead;
                offset += 2;
            }
            if (runLeft == 0) {
                inRun = false;
                return false;
            }
            runLeft--;
            return true;
        }

        /**
         * The header of the record after the ones read (moving past padding to the next chunk), or
         * 0 where nothing is written yet. Loads with acquire: this memory may be written right now.
         */
        private int peekNextHeader() {
            if (offset < chunk.length) {
                int header = (int) INTS.getAcquire(chunk, offset);
                if (header != PAD) {
                    return header;
                }
            }
            int[][] table = chunks;
            int nextIndex = chunkIndex + 1;
            int[] nextChunk = nextIndex < table.length ? table[nextIndex] : null;
            if (nextChunk == null) {
                return 0; // the writer has not moved on: the rest of this chunk is still to come
            }
            chunkIndex = nextIndex;
            chunk = nextChunk;
            offset = 0;
            return (int) INTS.getAcquire(nextChunk, 0);
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
