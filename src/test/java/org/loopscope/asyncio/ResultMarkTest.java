package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.VirtualClock;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentBuilder;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.TraceRecorder;

class ResultMarkTest {
    @Test
    void outcomeMarksShowResultsAsPrintWouldShowThem() {
        TraceRecorder recorder = new TraceRecorder();
        VirtualClock clock = new VirtualClock();
        try (Runner runner = new Runner(clock).instrument(recorder)) {
            runner.run(coroutine("main", aw -> {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("id", 1);
                user.put("name", "user_1");
                aw.await(createTask(coroutine("dict", d -> user)));
                aw.await(createTask(coroutine("text", d -> "done")));
                return null;
            }));
        }
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(clock.now());
        assertThat(model.marks()).filteredOn(m -> m.kind() == MarkKind.RESULT).extracting(Mark::detail)
                .containsExactly("{'id': 1, 'name': 'user_1'}", "done", "None");
    }
}
