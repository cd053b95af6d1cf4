package org.loopscope.patterns.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;

import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.LoopSnapshot;
import org.loopscope.loop.VirtualClock;

/** The simulated HTTP session answers after its delay, and its pending answers say which request they are. */
class SimulatedSessionTest {
    @Test
    void aPendingAnswerIsATimerNamedAfterItsRequest() {
        VirtualClock clock = new VirtualClock();
        try (Runner runner = new Runner(clock)) {
            Response r = runner.run(coroutine("main", aw -> {
                SimulatedSession session = new SimulatedSession(0.1);
                var pending = session.get("https://api.example.com/items/7");
                LoopSnapshot snapshot = EventLoop.running().snapshot();
                assertThat(snapshot.timers()).singleElement().satisfies(t -> {
                    assertThat(t.label()).isEqualTo("answer GET /items/7");
                    assertThat(t.dueNs()).isEqualTo(100_000_000L);
                });
                return aw.await(pending);
            }));
            assertThat(r.json()).containsEntry("url", "https://api.example.com/items/7");
            assertThat(clock.now()).isEqualTo(100_000_000L);
        }
    }
}
