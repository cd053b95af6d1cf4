package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.loopscope.trace.Mark;
import org.loopscope.trace.TraceModel;

/** Every registered pattern: runs with its defaults, shows the guide's Python and its own Java, and is deterministic. */
class PatternCatalogTest {
    /** Where a runnable version's extra code starts; everything above it is the guide's text. */
    static final String HARNESS_MARKER = "# --- Loopscope";

    static List<Pattern> patterns() {
        return PatternRegistry.all();
    }

    @Test
    void theRegistryFollowsTheGuide() {
        assertThat(patterns()).extracting(Pattern::id).containsExactly(
                "sequential", "gather", "cpu_bound",
                "gather_users", "create_task", "taskgroup", "taskgroup_error", "gather_error",
                "http_gather", "semaphore", "wait_for_timeout", "as_completed",
                "forgot_await", "blocking_call", "run_in_executor", "nested_run");
        assertThat(patterns()).extracting(p -> p.category().label()).containsExactly(
                "basics", "basics", "basics",
                "concurrency", "concurrency", "concurrency", "concurrency", "concurrency",
                "patterns", "patterns", "patterns", "patterns",
                "pitfalls", "pitfalls", "pitfalls", "pitfalls");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void runsOnTheVirtualClockWithItsDefaults(Pattern pattern) {
        Ran ran = Ran.virtual(pattern.id());
        // every lesson, the error ones included, is caught and printed by its own main
        assertThat(ran.outcome().error()).as("error of %s", pattern.id()).isNull();
        assertThat(ran.outcome().succeeded()).isTrue();
        assertThat(ran.model().laneCount()).isGreaterThan(1);
        assertThat(ran.model().lane(1).kind()).isEqualTo(org.loopscope.trace.LaneKind.TASK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void describesItselfForATeacher(Pattern pattern) {
        assertThat(pattern.title()).isNotBlank();
        assertThat(pattern.explanation()).hasSizeGreaterThan(80);
        assertThat(pattern.notice()).hasSizeBetween(2, 4).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(pattern.params()).allSatisfy(spec -> {
            assertThat(spec.min()).isLessThanOrEqualTo(spec.defaultValue());
            assertThat(spec.defaultValue()).isLessThanOrEqualTo(spec.max());
            assertThat(spec.max()).isLessThan(1e6);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void itsPythonIsTheGuidesTextThenAMarkedHarness(Pattern pattern) throws IOException {
        Set<String> guideLines = guide().lines().map(String::stripTrailing).collect(Collectors.toSet());
        List<String> verbatim = new ArrayList<>();
        for (String line : PatternSource.python(pattern).split("\n")) {
            if (line.startsWith(HARNESS_MARKER)) {
                break;
            }
            verbatim.add(line);
        }
        assertThat(verbatim).as("guide lines of %s", pattern.id()).isNotEmpty();
        assertThat(verbatim.stream().filter(l -> !l.isBlank()).toList()).allSatisfy(line ->
                // the guide states some lessons only in prose: those lines are quoted as comments
                assertThat(guideLines.contains(line) || line.startsWith("# ") && guideLines.contains(line.substring(2)))
                        .as("line of %s.py found in the guide: %s", pattern.id(), line).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void itsJavaSnippetIsCutFromTheRunningCode(Pattern pattern) {
        String java = PatternSource.java(pattern);
        assertThat(java).doesNotContain("snippet:").doesNotContain("package ").contains("coroutine(");
        assertThat(java.lines().count()).isBetween(5L, 60L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void itsPythonLineRangesPointAtDefinitions(Pattern pattern) {
        String[] lines = PatternSource.python(pattern).split("\n");
        for (Map.Entry<String, int[]> e : pattern.pythonLines().entrySet()) {
            int first = e.getValue()[0];
            int last = e.getValue()[1];
            assertThat(first).isBetween(1, last);
            assertThat(last).isLessThanOrEqualTo(lines.length);
            String firstLine = lines[first - 1];
            if (e.getKey().startsWith("worker")) {
                assertThat(firstLine).as("%s %s", pattern.id(), e.getKey()).contains("run_in_executor");
            } else if (!e.getKey().equals("main") || firstLine.contains("def ")) {
                assertThat(firstLine).as("%s %s", pattern.id(), e.getKey()).contains("def ");
            } else {
                assertThat(pattern.id()).isEqualTo("sequential"); // the script itself is main there
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void twoVirtualRunsGiveTheSameModel(Pattern pattern) {
        TraceModel first = Ran.virtual(pattern.id()).model();
        TraceModel second = Ran.virtual(pattern.id()).model();
        assertThat(second.laneCount()).isEqualTo(first.laneCount());
        assertThat(second.endNs()).isEqualTo(first.endNs());
        for (int lane = 0; lane < first.laneCount(); lane++) {
            assertThat(second.lane(lane)).isEqualTo(first.lane(lane));
            assertThat(segments(second, lane)).as("lane %s", first.lane(lane).name()).isEqualTo(segments(first, lane));
            assertThat(marks(second, lane)).isEqualTo(marks(first, lane));
        }
        assertThat(second.callouts()).isEqualTo(first.callouts());
    }

    private static List<String> segments(TraceModel model, int lane) {
        List<String> list = new ArrayList<>();
        var c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            list.add(c.start(i) + "-" + c.end(i) + " " + c.state(i) + " " + model.label(c.labelId(i)) + " late " + c.lateNs(i));
        }
        return list;
    }

    private static List<Mark> marks(TraceModel model, int lane) {
        return model.marks().stream().filter(m -> m.lane() == lane).toList();
    }

    static String guide() throws IOException {
        try (InputStream in = PatternCatalogTest.class.getResourceAsStream("/asyncio-guide.txt")) {
            assertThat(in).as("the guide, copied into test resources").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
