package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.patterns.Ran.S;
import static org.loopscope.patterns.Ran.ms;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Ran.Seg;
import org.loopscope.patterns.library.ClientSession;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;

/** Common patterns: http_gather, semaphore, wait_for_timeout, as_completed. */
class CommonPatternsTest {
    @Test
    void httpGatherHasThreeRealRequestsInFlightAtOnce() {
        Ran ran = Ran.virtual("http_gather");
        assertThat(ran.endNs()).isEqualTo(ms(500));
        for (int id = 1; id <= 3; id++) {
            assertThat(ran.segments("fetch(/users/" + id + ")"))
                    .containsExactly(new Seg(0, ms(500), SegmentState.WAITING, "GET /users/" + id, 0));
        }
        assertThat(ran.segments("loop")).extracting(Seg::state).containsOnly(SegmentState.IDLE);
        assertThat(ran.prints()).containsExactly(
                "[0.500] main: [{'id': 1, 'name': 'user_1'}, {'id': 2, 'name': 'user_2'}, {'id': 3, 'name': 'user_3'}]");
    }

    @Test
    void httpGatherTakesOneServerDelayForManyRequests() {
        Ran ran = Ran.virtual("http_gather", "users=12", "delay=1.5");
        assertThat(ran.endNs()).isEqualTo(ms(1500));
        assertThat(ran.outcomeOf("fetch(/users/12)").detail()).isEqualTo("{'id': 12, 'name': 'user_12'}");
    }

    @Test
    void theSessionOnlyTalksToThisMachine() {
        try (ClientSession session = new ClientSession()) {
            assertThatThrownBy(() -> session.get("http://example.com/users/1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only loopback addresses");
            assertThatThrownBy(() -> session.get("http://10.0.0.1/users/1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only loopback addresses");
            assertThatThrownBy(() -> session.get("https://127.0.0.1/users/1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http://");
        }
    }

    @Test
    void theSemaphoreKeepsAtMostTenRequestsInFlight() {
        Ran ran = Ran.virtual("semaphore");
        assertThat(ran.endNs()).isEqualTo(5 * S); // 500 / 10 × 0.1 s
        assertThat(ran.model().laneCount()).isEqualTo(502);
        assertThat(maxOverlap(ran, "GET ")).isEqualTo(10);
        assertThat(ran.prints()).containsExactly("[5.000] main: 500 results; at most 10 requests in flight");
        // the last one queued on the semaphore for 49 rounds, then made its request
        assertThat(ran.segments("fetch_limited(/items/499)")).containsExactly(
                new Seg(0, ms(4900), SegmentState.WAITING, "semaphore", 0),
                new Seg(ms(4900), 5 * S, SegmentState.WAITING, "GET /items/499", 0));
    }

    @Test
    void theSemaphoreLimitAndTheRoundsFollowTheParameters() {
        Ran ran = Ran.virtual("semaphore", "urls=35", "limit=4", "delay=0.2");
        assertThat(ran.endNs()).isEqualTo(ms(1800)); // 9 rounds of at most 4
        assertThat(maxOverlap(ran, "GET ")).isEqualTo(4);
        assertThat(ran.prints()).containsExactly("[1.800] main: 35 results; at most 4 requests in flight");
    }

    /** The most lanes waiting at the same moment on something whose label starts with {@code prefix}. */
    private static int maxOverlap(Ran ran, String prefix) {
        List<long[]> events = new ArrayList<>();
        for (int lane = 0; lane < ran.model().laneCount(); lane++) {
            for (Seg s : ran.segments(lane)) {
                if (s.state() == SegmentState.WAITING && s.label() != null && s.label().startsWith(prefix)) {
                    events.add(new long[] {s.start(), +1});
                    events.add(new long[] {s.end(), -1});
                }
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1])); // ends before starts
        int now = 0;
        int max = 0;
        for (long[] e : events) {
            now += (int) e[1];
            max = Math.max(max, now);
        }
        return max;
    }

    @Test
    void waitForGivesUpAfterThreeSecondsAndCancelsTheWork() {
        Ran ran = Ran.virtual("wait_for_timeout");
        assertThat(ran.endNs()).isEqualTo(3 * S);
        assertThat(ran.prints()).containsExactly("[3.000] main: timed out!");
        assertThat(ran.outcomeOf("slow_operation").kind()).isEqualTo(MarkKind.CANCELLED);
        assertThat(ran.outcomeOf("slow_operation").timeNs()).isEqualTo(3 * S);
        assertThat(ran.segments("slow_operation")).containsExactly(new Seg(0, 3 * S, SegmentState.WAITING, "sleep(10.0)", 0));
        assertThat(ran.segments("main")).containsExactly(new Seg(0, 3 * S, SegmentState.WAITING, "wait_for(3.0)", 0));
    }

    @Test
    void waitForReturnsTheResultWhenTheWorkIsFastEnough() {
        Ran ran = Ran.virtual("wait_for_timeout", "work=2");
        assertThat(ran.endNs()).isEqualTo(2 * S);
        assertThat(ran.prints()).isEmpty();
        assertThat(ran.outcomeOf("main").detail()).isEqualTo("done");
    }

    @Test
    void asCompletedPrintsInCompletionOrder() {
        Ran ran = Ran.virtual("as_completed");
        assertThat(ran.endNs()).isEqualTo(2 * S);
        assertThat(ran.prints()).containsExactly(
                "[0.500] main: fast done",
                "[1.000] main: medium done",
                "[2.000] main: slow done");
    }

    @Test
    void asCompletedFollowsTheDelaysNotTheArgumentOrder() {
        Ran ran = Ran.virtual("as_completed", "medium=3");
        assertThat(ran.prints()).containsExactly(
                "[0.500] main: fast done",
                "[2.000] main: slow done",
                "[3.000] main: medium done");
    }
}
