package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private static List<String> summary(String id, String... keyValues) {
        Ran ran = Ran.virtual(id, keyValues);
        return RunSummary.lines(ran.model(), ran.outcome());
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in " + lines));
    }

    @Test
    void onePerTaskLineWithTimesWhatItWaitedOnAndOutcome() {
        List<String> lines = summary("gather");
        assertThat(lines.get(0)).isEqualTo("tasks:");
        assertThat(line(lines, "  main ")).isEqualTo("  main           1 segment   running 0.000 s  ready 0.000 s"
                + "  waiting 1.000 s (on gather(3))  blocking 0.000 s  result: ['done: url1', 'done: url2', 'done: url3']");
        assertThat(line(lines, "  fetch(url2)")).contains("waiting 1.000 s (on sleep(1.0))").endsWith("result: done: url2");
        assertThat(line(lines, "  loop")).contains("idle 1.000 s").contains("stalled 0.000 s");
        assertThat(lines).containsSubsequence("printed:", "  [  1.000s] main: ['done: url1', 'done: url2', 'done: url3']",
                "warnings: none", "total: 1.000 s");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("total: 1.000 s");
    }

    @Test
    void severalWaitsAreBrokenDownAndBlockingIsCounted() {
        assertThat(line(summary("create_task"), "  main ")).contains("waiting 2.000 s (on sleep(1.0) 1.000 s, task:background_job 1.000 s)");
        assertThat(line(summary("sequential"), "  main ")).contains("3 segments").contains("blocking 3.000 s");
        List<String> blocking = summary("blocking_call");
        assertThat(line(blocking, "  heartbeat")).contains("ready 4.500 s (a timer up to 4.500 s late)");
        assertThat(line(blocking, "  loop")).contains("stalled 5.000 s");
    }

    @Test
    void errorsCancellationsAndNeverAwaitedCoroutinesAreOutcomes() {
        List<String> taskgroup = summary("taskgroup_error");
        assertThat(line(taskgroup, "  fetch_user(1)")).endsWith("cancelled");
        assertThat(line(taskgroup, "  fetch_user(2)")).endsWith("error: ValueError: user 2 not found");
        List<String> forgot = summary("forgot_await");
        assertThat(line(forgot, "  main (forgot await)")).contains("result: None; never-awaited: coroutine 'fetch(url1)' was never awaited");
        assertThat(forgot).anySatisfy(l -> assertThat(l).startsWith("  [  0.000s] main (forgot await): never-awaited: coroutine 'fetch(url1)'"));
    }

    @Test
    void workersHaveTheirOwnLineAndLongResultsAreCut() {
        assertThat(line(summary("run_in_executor"), "  worker-1")).contains("blocking 5.000 s");
        String main = line(summary("gather_users", "users=40"), "  main ");
        assertThat(main).endsWith("…");
        assertThat(main.substring(main.indexOf("result: ") + "result: ".length())).hasSize(RunSummary.MAX_DETAIL);
    }
}
