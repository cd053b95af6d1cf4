package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The raw event store: what goes in comes out, in order, across doubling chunks, padded chunk
 * ends and chunks allocated ahead, and while it is being written.
 */
class EventColumnsTest {
    /** Event {@code i} of a stream that mixes every record size: time kept or new, argument 0 or not. */
    private static long timeOf(int i) {
        return i % 3 == 0 ? (long) i << 20 : (long) (i - i % 3) << 20; // a new time every third event, some beyond 32 bits
    }

    private static int argOf(int i) {
        return i % 5 < 2 ? 0 : i - 7 * (i % 4); // zero, positive and negative arguments
    }

    private static void appendEvent(EventColumns columns, int i) {
        columns.append(timeOf(i), i % 1000 == 999 ? EventColumns.MAX_LANES - 1 : i % 1000, (byte) (i % 19), argOf(i));
    }

    private static void assertEvent(EventColumns.Reader reader, int i) {
        assertThat(reader.time()).as("time of %d", i).isEqualTo(timeOf(i));
        assertThat(reader.lane()).as("lane of %d", i).isEqualTo(i % 1000 == 999 ? EventColumns.MAX_LANES - 1 : i % 1000);
        assertThat(reader.kind()).as("kind of %d", i).isEqualTo((byte) (i % 19));
        assertThat(reader.arg()).as("arg of %d", i).isEqualTo(argOf(i));
    }

    @Test
    void eventsReadBackAcrossChunksIncludingOnesAllocatedAhead() {
        EventColumns columns = new EventColumns();
        int n = 2_000_000; // ~4.5 MB of records: chunks of 64 KB .. 2 MB, from 1 MB on allocated on the helper thread
        for (int i = 0; i < n; i++) {
            appendEvent(columns, i);
        }
        assertThat(columns.published()).isEqualTo(n);
        EventColumns.Reader reader = columns.reader();
        for (int i = 0; i < n; i++) {
            reader.advance();
            if (i % 997 == 0 || i > n - 10) {
                assertEvent(reader, i);
            }
        }
        assertThat(reader.read()).isEqualTo(n);
        assertThatThrownBy(reader::advance).isInstanceOf(IllegalStateException.class).hasMessageContaining("not published");
        assertThat(columns.allocatedBytes()).as("no chunk beyond the next one").isLessThan(3 * columns.usedBytes());
    }

    @Test
    void theNextBigChunkIsAskedForOnlyOnceTheCurrentOneIsThreeQuartersFull() throws InterruptedException {
        // Given switch records (4 bytes each) up to the fourth chunk, 512 KB, the last one before
        // chunks big enough to be allocated ahead
        EventColumns columns = new EventColumns();
        int beforeFourth = (64 + 128 + 256) * 1024 / 4;
        int fourth = 512 * 1024 / 4;
        for (int i = 0; i < beforeFourth + fourth / 2; i++) {
            columns.append(7, 1, RawEvent.STEP_BEGIN, 0);
        }
        Thread.sleep(200);
        // Then half-way through it nothing is allocated ahead: a trace ending here keeps no unused 1 MB chunk
        assertThat(columns.hasChunkAhead()).isFalse();
        // When it passes three quarters
        for (int i = 0; i < fourth / 4 + 1; i++) {
            columns.append(7, 1, RawEvent.STEP_BEGIN, 0);
        }
        // Then the helper allocates the next chunk, and the writer goes on into it
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!columns.hasChunkAhead() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(columns.hasChunkAhead()).isTrue();
        for (int i = 0; i < fourth; i++) {
            columns.append(7, 1, RawEvent.STEP_BEGIN, 0);
        }
        assertThat(columns.hasChunkAhead()).as("taken by the writer").isFalse();
        assertThat(columns.published()).isEqualTo(beforeFourth + fourth / 2 + fourth / 4 + 1 + fourth);
        EventColumns.Reader reader = columns.reader();
        for (int i = 0; i < columns.published(); i++) {
            reader.advance();
            assertThat(reader.lane()).isEqualTo(1);
        }
    }

    @Test
    void aTaskSwitchAtTheSameTimeTakesFourBytes() {
        EventColumns columns = new EventColumns();
        columns.appendStep(500, 1); // header and time
        long first = columns.usedBytes();
        for (int i = 0; i < 1000; i++) {
            columns.appendStep(500, i % 2 == 0 ? 7 : 3); // lanes out of order: a record each
        }
        assertThat(first).isEqualTo(12);
        assertThat(columns.usedBytes() - first).isEqualTo(1000 * 4);
        columns.append(501, 3, RawEvent.STEP_END, 42); // header, time, argument
        assertThat(columns.usedBytes() - first).isEqualTo(1000 * 4 + 16);
    }

    @Test
    void aRoundOfStepsInLaneOrderTakesOneRecordAndReadsBackStepByStep() {
        EventColumns columns = new EventColumns();
        for (int lane = 1; lane <= 1000; lane++) {
            columns.appendStep(500, lane);
        }
        assertThat(columns.published()).isEqualTo(1000);
        assertThat(columns.usedBytes()).as("the first step's record only").isEqualTo(12);
        columns.append(501, 3, RawEvent.STEP_END, 42);
        assertThat(columns.usedBytes()).as("+ the run's count, + the next record").isEqualTo(12 + 8 + 16);
        EventColumns.Reader reader = columns.reader();
        for (int lane = 1; lane <= 1000; lane++) {
            reader.advance();
            assertThat(List.of(reader.time(), reader.lane(), reader.kind(), reader.arg())).as("step %d", lane)
                    .containsExactly(500L, lane, RawEvent.STEP_BEGIN, 0);
        }
        reader.advance();
        assertThat(List.of(reader.time(), reader.lane(), reader.kind(), reader.arg())).containsExactly(501L, 3, RawEvent.STEP_END, 42);
        assertThatThrownBy(reader::advance).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunEndsWhereTheLaneTheTimeOrTheKindChangesAndEveryEventReadsBack() {
        EventColumns columns = new EventColumns();
        List<List<Object>> written = new ArrayList<>();
        java.util.function.BiConsumer<Long, Integer> step = (time, lane) -> {
            columns.appendStep(time, lane);
            written.add(List.of(time, lane, RawEvent.STEP_BEGIN, 0));
        };
        step.accept(10L, 1);
        step.accept(10L, 2);
        step.accept(10L, 3);
        step.accept(10L, 5); // a lane skipped
        step.accept(10L, 6);
        step.accept(11L, 7); // a new time
        step.accept(11L, 8);
        columns.append(11, 8, RawEvent.STEP_END, 4);
        written.add(List.of(11L, 8, RawEvent.STEP_END, 4));
        step.accept(11L, 9); // after another kind: a record of its own
        step.accept(11L, 9); // the same lane again
        step.accept(11L, EventColumns.MAX_LANES - 1);
        assertThatThrownBy(() -> columns.appendStep(11, EventColumns.MAX_LANES)).isInstanceOf(IllegalArgumentException.class);
        columns.append(11, 0, RawEvent.LANE_ADDED, 0); // a header of 0 alone: written with its time
        written.add(List.of(11L, 0, RawEvent.LANE_ADDED, 0));
        step.accept(11L, 1);
        assertThat(readAll(columns)).isEqualTo(written);
    }

    private static List<List<Object>> readAll(EventColumns columns) {
        List<List<Object>> read = new ArrayList<>();
        EventColumns.Reader reader = columns.reader();
        while (reader.read() < columns.published()) {
            reader.advance();
            read.add(List.of(reader.time(), reader.lane(), reader.kind(), reader.arg()));
        }
        return read;
    }

    /**
     * Event {@code i} of a stream of rounds of 37 events: 30 steps in lane order (with a lane
     * skipped in every third round and a new time in every fourth), then 7 other events.
     */
    private static void writeRoundEvent(EventColumns columns, int i) {
        int round = i / 37;
        int p = i % 37;
        if (p < 30) {
            columns.appendStep(roundTime(round, p), roundLane(round, p));
        } else {
            columns.append(roundTime(round, p), p, (byte) (p % 3 == 0 ? RawEvent.STEP_END : RawEvent.READY_NOW), p * 3 - 100);
        }
    }

    private static long roundTime(int round, int p) {
        return ((long) round << 10) + (p >= 30 ? 2 : p >= 20 && round % 4 == 0 ? 1 : 0);
    }

    private static int roundLane(int round, int p) {
        return (round % 500) * 40 + 1 + p + (p >= 15 && round % 3 == 0 ? 1 : 0);
    }

    private static void assertRoundEvent(EventColumns.Reader reader, int i) {
        int round = i / 37;
        int p = i % 37;
        assertThat(reader.time()).as("time of %d", i).isEqualTo(roundTime(round, p));
        if (p < 30) {
            assertThat(List.of(reader.lane(), reader.kind(), reader.arg())).as("event %d", i)
                    .containsExactly(roundLane(round, p), RawEvent.STEP_BEGIN, 0);
        } else {
            assertThat(List.of(reader.lane(), reader.kind(), reader.arg())).as("event %d", i)
                    .containsExactly(p, p % 3 == 0 ? RawEvent.STEP_END : RawEvent.READY_NOW, p * 3 - 100);
        }
    }

    @Test
    void runsReadBackAcrossChunksWhileTheyAreWrittenOnAnotherThread() throws InterruptedException {
        EventColumns columns = new EventColumns();
        int n = 3_000_000; // ~7.5 MB of records: runs cross chunk ends, chunks from 1 MB on allocated ahead
        writeWhileAnotherThreadReads(columns, n, EventColumnsTest::writeRoundEvent, EventColumnsTest::assertRoundEvent);
        EventColumns.Reader again = columns.reader();
        for (int i = 0; i < n; i++) {
            again.advance();
            assertRoundEvent(again, i);
        }
    }

    /** Writes events 0 .. n - 1 while a reader on another thread checks each as soon as it is published. */
    private static void writeWhileAnotherThreadReads(EventColumns columns, int n, java.util.function.ObjIntConsumer<EventColumns> write,
                                                     java.util.function.ObjIntConsumer<EventColumns.Reader> check) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                EventColumns.Reader r = columns.reader();
                while (r.read() < n) {
                    int published = columns.published();
                    while (r.read() < published) {
                        int i = r.read();
                        r.advance();
                        check.accept(r, i);
                    }
                    Thread.onSpinWait();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "columns-reader");
        reader.start();
        for (int i = 0; i < n; i++) {
            write.accept(columns, i);
        }
        reader.join(120_000);
        assertThat(reader.isAlive()).as("the reader finished").isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void aReaderCatchesUpInsideAnOpenRunAndAcrossTheChunkItsCountLandsIn() {
        EventColumns columns = new EventColumns();
        int firstChunkInts = 1 << 14;
        // fill the first chunk to one int short of its end with out-of-order switches (1 int each)
        columns.appendStep(7, 1);
        for (int k = 3; k < firstChunkInts; k++) {
            columns.appendStep(7, k % 2 == 0 ? 5 : 9);
        }
        int before = columns.published();
        for (int lane = 10; lane <= 14; lane++) {
            columns.appendStep(7, lane); // lane 10 takes the last int; 11..14 only count
        }
        EventColumns.Reader reader = columns.reader();
        for (int k = 0; k < before; k++) {
            reader.advance();
        }
        for (int lane = 10; lane <= 14; lane++) {
            reader.advance(); // the open run: steps 11..14 are read before any record says how many
            assertThat(List.of(reader.time(), reader.lane(), reader.kind())).containsExactly(7L, lane, RawEvent.STEP_BEGIN);
        }
        columns.appendStep(7, 15);
        columns.appendStep(7, 16);
        columns.append(8, 2, RawEvent.WAKE, 1); // the run's count no longer fits: it opens the next chunk
        reader.advance();
        assertThat(reader.lane()).isEqualTo(15);
        reader.advance();
        assertThat(reader.lane()).isEqualTo(16);
        reader.advance();
        assertThat(List.of(reader.time(), reader.lane(), reader.kind(), reader.arg())).containsExactly(8L, 2, RawEvent.WAKE, 1);
        assertThat(reader.read()).isEqualTo(columns.published());
    }

    @Test
    void everyTimeReadsBackIncludingNegativeAndExtremeOnes() {
        long[] times = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L << 33, -1, 0, 1, 0xFFFF_FFFFL, 1L << 32, Long.MAX_VALUE, Long.MAX_VALUE};
        EventColumns columns = new EventColumns();
        for (int i = 0; i < times.length; i++) {
            columns.append(times[i], i, RawEvent.WAKE, -i);
        }
        EventColumns.Reader reader = columns.reader();
        for (int i = 0; i < times.length; i++) {
            reader.advance();
            assertThat(reader.time()).as("time %d", i).isEqualTo(times[i]);
            assertThat(reader.lane()).isEqualTo(i);
            assertThat(reader.arg()).isEqualTo(-i);
        }
    }

    @Test
    void aReaderOnAnotherThreadSeesEveryEventInOrderWhileTheyAreWritten() throws InterruptedException {
        writeWhileAnotherThreadReads(new EventColumns(), 1_500_000, EventColumnsTest::appendEvent, EventColumnsTest::assertEvent);
    }

    @Test
    void everyRawEventKindFitsTheHeader() throws IllegalAccessException {
        for (Field f : RawEvent.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == byte.class) {
                assertThat((int) f.getByte(null)).as(f.getName()).isBetween(0, EventColumns.MAX_KIND);
            }
        }
    }

    @Test
    void aLaneOutsideTwentyFourBitsIsRefusedAndNothingIsStored() {
        EventColumns columns = new EventColumns();
        columns.append(1, 5, RawEvent.STEP_BEGIN, 0);
        assertThatThrownBy(() -> columns.append(2, EventColumns.MAX_LANES, RawEvent.STEP_BEGIN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 16777216 lanes");
        assertThatThrownBy(() -> columns.append(2, -1, RawEvent.STEP_BEGIN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lane -1");
        assertThat(columns.published()).isEqualTo(1);
        EventColumns.Reader reader = columns.reader();
        reader.advance();
        assertThat(reader.time()).isEqualTo(1);
        assertThat(reader.lane()).isEqualTo(5);
    }
}
