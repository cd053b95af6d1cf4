package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The raw event store: what goes in comes out, across doubling chunks and chunks allocated ahead. */
class EventColumnsTest {
    @Test
    void eventsReadBackAcrossChunksIncludingOnesAllocatedAhead() {
        EventColumns columns = new EventColumns();
        int n = 600_000; // chunks of 4 Ki .. 512 Ki events: the ones from 64 Ki on come from the helper thread
        for (int i = 0; i < n; i++) {
            columns.append(3L * i, i % 1000, (byte) (i % 19), i - 7);
        }
        assertThat(columns.published()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            assertThat(columns.time(i)).isEqualTo(3L * i);
            assertThat(columns.lane(i)).isEqualTo(i % 1000);
            assertThat(columns.kind(i)).isEqualTo((byte) (i % 19));
            assertThat(columns.arg(i)).isEqualTo(i - 7);
        }
        assertThat(columns.time(n - 1)).isEqualTo(3L * (n - 1));
        assertThat(columns.allocatedBytes()).as("no chunk beyond the next one").isLessThan(3L * n * EventColumns.bytesPerEvent());
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
    }
}
