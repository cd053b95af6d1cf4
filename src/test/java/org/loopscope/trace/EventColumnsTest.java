package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
        columns.append(500, 1, RawEvent.STEP_BEGIN, 0); // header and time
        long first = columns.usedBytes();
        for (int lane = 2; lane < 1002; lane++) {
            columns.append(500, lane, RawEvent.STEP_BEGIN, 0);
        }
        assertThat(first).isEqualTo(12);
        assertThat(columns.usedBytes() - first).isEqualTo(1000 * 4);
        columns.append(501, 3, RawEvent.STEP_END, 42); // header, time, argument
        assertThat(columns.usedBytes() - first).isEqualTo(1000 * 4 + 16);
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
        EventColumns columns = new EventColumns();
        int n = 1_500_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                EventColumns.Reader r = columns.reader();
                while (r.read() < n) {
                    int published = columns.published();
                    while (r.read() < published) {
                        int i = r.read();
                        r.advance();
                        assertEvent(r, i);
                    }
                    Thread.onSpinWait();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "columns-reader");
        reader.start();
        for (int i = 0; i < n; i++) {
            appendEvent(columns, i);
        }
        reader.join(60_000);
        assertThat(reader.isAlive()).as("the reader finished").isFalse();
        assertThat(failure.get()).isNull();
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
