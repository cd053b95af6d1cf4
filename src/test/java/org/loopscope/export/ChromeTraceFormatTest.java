package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.SegmentState;

/** The written file is plain Chrome Trace Event Format, checked with a generic JSON parse. */
class ChromeTraceFormatTest {
    private Map<String, Object> root;
    private List<Map<String, Object>> events;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void writeSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(SampleTraces.everything(), out);
        root = (Map<String, Object>) JsonTrees.parse(out.toByteArray());
        events = (List<Map<String, Object>>) root.get("traceEvents");
    }

    @Test
    void hasTheObjectFormWrapper() {
        assertThat(root).containsKeys("traceEvents", "displayTimeUnit", "otherData");
        assertThat(root.get("displayTimeUnit")).isEqualTo("ms");
        assertThat(object(root.get("otherData")))
                .containsEntry("pattern", "gather-timeout")
                .containsEntry("clock", "virtual")
                .containsEntry("total_s", new BigDecimal("0.0075"))
                .containsEntry("loopscope_version", "0.1.0")
                .containsKey("title");
    }

    @Test
    void everyEventHasTheRequiredFields() {
        Set<String> phases = Set.of("M", "X", "i", "s", "f");
        for (Map<String, Object> e : events) {
            assertThat(e).as(e.toString()).containsKeys("ph", "name", "pid");
            assertThat(phases).contains((String) e.get("ph"));
            if (!e.get("ph").equals("M")) {
                assertThat(e).as(e.toString()).containsKeys("tid", "ts", "cat");
                assertThat(e.get("ts")).isInstanceOf(BigDecimal.class);
            }
            if (e.get("ph").equals("X")) {
                assertThat((BigDecimal) e.get("dur")).isNotNegative();
                assertThat(SegmentState.fromLabel((String) e.get("name"))).isNotNull();
                assertThat(((Map<?, ?>) e.get("args")).get("state")).isEqualTo(e.get("name"));
            }
            if (e.get("ph").equals("i")) {
                assertThat(e.get("s")).isEqualTo("t");
            }
        }
    }

    @Test
    void metadataComesFirstAndNamesEveryLane() {
        int firstOther = 0;
        while (events.get(firstOther).get("ph").equals("M")) {
            firstOther++;
        }
        List<Map<String, Object>> metadata = events.subList(0, firstOther);
        assertThat(events.subList(firstOther, events.size())).noneMatch(e -> e.get("ph").equals("M"));
        assertThat(tidsOf(metadata, "thread_name")).containsExactly(1, 2, 3, 4);
        assertThat(tidsOf(metadata, "thread_sort_index")).containsExactly(1, 2, 3, 4);
        assertThat(metadata).filteredOn(e -> e.get("name").equals("thread_name"))
                .extracting(e -> object(e.get("args")).get("name"))
                .containsExactly("loop", "main", "fetch(\"url1\")", "worker-1");
    }

    @Test
    void completeEventsNeverOverlapOnAThread() {
        Map<Object, List<Map<String, Object>>> byTid = events.stream()
                .filter(e -> e.get("ph").equals("X"))
                .collect(Collectors.groupingBy(e -> e.get("tid")));
        assertThat(byTid).hasSize(4);
        for (List<Map<String, Object>> slices : byTid.values()) {
            List<Map<String, Object>> sorted = new ArrayList<>(slices);
            sorted.sort(Comparator.comparing(e -> (BigDecimal) e.get("ts")));
            for (int i = 1; i < sorted.size(); i++) {
                BigDecimal previousEnd = ((BigDecimal) sorted.get(i - 1).get("ts")).add((BigDecimal) sorted.get(i - 1).get("dur"));
                assertThat((BigDecimal) sorted.get(i).get("ts")).isGreaterThanOrEqualTo(previousEnd);
            }
        }
    }

    @Test
    void flowsComeInMatchingPairs() {
        List<Map<String, Object>> starts = events.stream().filter(e -> e.get("ph").equals("s")).toList();
        List<Map<String, Object>> finishes = events.stream().filter(e -> e.get("ph").equals("f")).toList();

        assertThat(starts).hasSize(6);
        assertThat(finishes).extracting(e -> e.get("id")).containsExactlyElementsOf(starts.stream().map(e -> e.get("id")).toList());
        assertThat(finishes).allMatch(e -> "e".equals(e.get("bp")) && "wake".equals(e.get("name")));
        assertThat(starts).extracting(e -> e.get("cat")).containsExactly("timer", "task", "future", "thread", "yield", "spawn");
    }

    @Test
    void timesAreMicrosecondsKeepingNanoseconds() {
        Map<String, Object> ready = events.stream()
                .filter(e -> "ready".equals(e.get("name")) && e.get("tid").equals(BigDecimal.valueOf(2)))
                .findFirst().orElseThrow();

        assertThat(ready.get("ts")).isEqualTo(new BigDecimal("3000.0"));
        assertThat(ready.get("dur")).isEqualTo(new BigDecimal("0.001"));
        assertThat(((Map<?, ?>) ready.get("args")).get("late_ms")).isEqualTo(new BigDecimal("1.234567"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Integer> tidsOf(List<Map<String, Object>> metadata, String name) {
        return metadata.stream().filter(e -> e.get("name").equals(name))
                .map(e -> ((BigDecimal) e.get("tid")).intValueExact()).toList();
    }
}
