package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.patterns.Ran.S;
import static org.loopscope.patterns.Ran.ms;

import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Ran.Seg;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;

/** Concurrent execution: gather_users, create_task, taskgroup, taskgroup_error, gather_error. */
class ConcurrencyPatternsTest {
    @Test
    void gatherUsersReturnsDictsInArgumentOrderInHalfASecond() {
        Ran ran = Ran.virtual("gather_users");
        assertThat(ran.endNs()).isEqualTo(ms(500));
        assertThat(ran.segments("main")).containsExactly(new Seg(0, ms(500), SegmentState.WAITING, "gather(3)", 0));
        assertThat(ran.prints()).containsExactly(
                "[0.500] main: [{'id': 1, 'name': 'user_1'}, {'id': 2, 'name': 'user_2'}, {'id': 3, 'name': 'user_3'}]");
    }

    @Test
    void gatherUsersScalesWithoutTakingLonger() {
        Ran ran = Ran.virtual("gather_users", "users=50");
        assertThat(ran.endNs()).isEqualTo(ms(500));
        assertThat(ran.outcomeOf("fetch_user(50)").detail()).isEqualTo("{'id': 50, 'name': 'user_50'}");
    }

    @Test
    void createTaskRunsTheJobWhileMainWorks() {
        Ran ran = Ran.virtual("create_task");
        assertThat(ran.endNs()).isEqualTo(2 * S);
        assertThat(ran.prints()).containsExactly(
                "[0.000] main: doing other work...",
                "[1.000] main: still working...",
                "[2.000] background_job: background done");
        assertThat(ran.segments("main")).containsExactly(
                new Seg(0, S, SegmentState.WAITING, "sleep(1.0)", 0),
                new Seg(S, 2 * S, SegmentState.WAITING, "task:background_job", 0));
        assertThat(ran.segments("background_job")).containsExactly(new Seg(0, 2 * S, SegmentState.WAITING, "sleep(2.0)", 0));
    }

    @Test
    void taskGroupPrintsTheResultsAfterTheBlock() {
        Ran ran = Ran.virtual("taskgroup");
        assertThat(ran.endNs()).isEqualTo(ms(500));
        assertThat(ran.segments("main")).containsExactly(new Seg(0, ms(500), SegmentState.WAITING, "taskgroup(3)", 0));
        assertThat(ran.prints()).containsExactly(
                "[0.500] main: {'id': 1, 'name': 'user_1'} {'id': 2, 'name': 'user_2'} {'id': 3, 'name': 'user_3'}");
    }

    @Test
    void aFailingTaskGroupChildCancelsItsSiblingsAndRaisesAnExceptionGroup() {
        Ran ran = Ran.virtual("taskgroup_error");
        assertThat(ran.endNs()).isEqualTo(ms(200));
        assertThat(ran.outcomeOf("fetch_user(2)")).extracting(Mark::kind, Mark::timeNs, Mark::detail)
                .containsExactly(MarkKind.ERROR, ms(200), "ValueError: user 2 not found");
        for (String sibling : new String[] {"fetch_user(1)", "fetch_user(3)"}) {
            assertThat(ran.outcomeOf(sibling)).extracting(Mark::kind, Mark::timeNs).containsExactly(MarkKind.CANCELLED, ms(200));
            assertThat(ran.segments(sibling)).containsExactly(new Seg(0, ms(200), SegmentState.WAITING, "sleep(0.5)", 0));
        }
        assertThat(ran.prints()).containsExactly(
                "[0.200] main: caught: unhandled errors in a TaskGroup (1 sub-exception)",
                "[0.200] main: ValueError('user 2 not found')",
                "[0.200] main: cancelled: True False True");
    }

    @Test
    void theFailingUserIsAParameter() {
        Ran ran = Ran.virtual("taskgroup_error", "failing=3", "fail_after=0.1");
        assertThat(ran.endNs()).isEqualTo(ms(100));
        assertThat(ran.prints()).contains("[0.100] main: cancelled: True True False");
    }

    @Test
    void gatherRaisesAtOnceAndLetsTheOthersFinish() {
        Ran ran = Ran.virtual("gather_error");
        assertThat(ran.endNs()).isEqualTo(ms(1200));
        assertThat(ran.prints()).containsExactly(
                "[0.200] main: gather raised: ValueError('user 2 not found')",
                "[0.500] fetch_user(1): user 1 fetched",
                "[0.500] fetch_user(3): user 3 fetched");
        assertThat(ran.outcomeOf("fetch_user(1)")).extracting(Mark::kind, Mark::timeNs).containsExactly(MarkKind.RESULT, ms(500));
        assertThat(ran.outcomeOf("fetch_user(3)")).extracting(Mark::kind, Mark::timeNs).containsExactly(MarkKind.RESULT, ms(500));
        assertThat(ran.segments("main")).containsExactly(
                new Seg(0, ms(200), SegmentState.WAITING, "gather(3)", 0),
                new Seg(ms(200), ms(1200), SegmentState.WAITING, "sleep(1.0)", 0));
    }
}
