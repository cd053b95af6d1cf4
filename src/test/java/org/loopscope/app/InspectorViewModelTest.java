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

    @Test
    void aSnapshotThatKeptOnlyTheFirstEntriesSaysHowManyMoreThereAre() {
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(new LoopSnapshot(0, 1, List.of("step a", "step b"), 100_000,
                List.of(new LoopSnapshot.Timer(2_000_000_000L, "wake a")), 5_000, List.of(), 0), false);
        assertThat(inspector.ready()).containsExactly("1. step a", "2. step b", "… and 99,998 more (100,000 ready)");
        assertThat(inspector.timers()).containsExactly("due 2.000 s (in 2.000 s): wake a", "… and 4,999 more (5,000 timers)");
    }

    @Test
    void hiddenListsAreFilledOnlyWhenTheyShowAgain() {
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.listsVisibleProperty().set(false);
        inspector.show(new LoopSnapshot(0, 7, List.of("step a"), 1, List.of(), 0, List.of("step b", "step c"), 3_000), false);
        assertThat(inspector.iteration()).as("the heading keeps up").isEqualTo(7);
        assertThat(inspector.ready()).isEmpty();
        inspector.listsVisibleProperty().set(true);
        assertThat(inspector.ready()).containsExactly("1. step a");
        assertThat(inspector.lastRan()).containsExactly("step b", "step c", "… and 2,998 more (3,000 ran)");
    }
}
