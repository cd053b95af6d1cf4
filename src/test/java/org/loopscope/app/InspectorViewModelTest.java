package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.LoopSnapshot;

class InspectorViewModelTest {
    @Test
    void showsReadyQueueInOrderTimersByDueTimeAndWhatRanLast() {
        InspectorViewModel inspector = new InspectorViewModel();
        // given: a snapshot taken at 0.25 s before iteration 4
        LoopSnapshot snapshot = new LoopSnapshot(250_000_000L, 4, List.of("step fetch(url1)", "step fetch(url2)"),
                List.of(new LoopSnapshot.Timer(1_000_000_000L, "wake fetch(url1)")), List.of("step main"));
        // when
        inspector.show(snapshot, false);
        // then
        assertThat(inspector.iteration()).isEqualTo(4);
        assertThat(inspector.headingProperty().get()).isEqualTo("Before iteration 4, loop time 0.250 s");
        assertThat(inspector.ready()).containsExactly("1. step fetch(url1)", "2. step fetch(url2)");
        assertThat(inspector.timers()).containsExactly("due 1.000 s (in 0.750 s): wake fetch(url1)");
        assertThat(inspector.lastRan()).containsExactly("step main");
        // when: the same snapshot turns out to be the last one
        inspector.show(snapshot, true);
        assertThat(inspector.headingProperty().get()).isEqualTo("The run is over: 4 iterations, loop time 0.250 s");
    }

    @Test
    void emptyQueuesSaySoAndClearForgetsEverything() {
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(new LoopSnapshot(0, 0, List.of(), List.of(), List.of()), false);
        assertThat(inspector.ready()).containsExactly("(nothing is ready)");
        assertThat(inspector.lastRan()).containsExactly("(nothing ran)");
        inspector.clear();
        assertThat(inspector.iteration()).isEqualTo(-1);
        assertThat(inspector.ready()).isEmpty();
    }
}
