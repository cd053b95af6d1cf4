package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loopscope.loop.Coroutine;
import org.loopscope.trace.Callout;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * The heartbeat the blocking pitfalls run beside: a task that wants to print every {@code tick}
 * seconds. When something holds the loop its ticks come late, which is what makes a blocked loop
 * visible at all.
 */
final class Heartbeat {
    /** A tick is called late on the chart when its task was ready this long before it could run. */
    static final long LATE_NS = 100_000_000L;

    private Heartbeat() {
    }

    /** {@code heartbeat()} ticking {@code ticks} times, printing "tick 3 at 1.50s". */
    static Coroutine<Void> ticks(double tick, long ticks) {
        return coroutine("heartbeat", aw -> {
            for (long i = 1; i <= ticks; i++) {
                aw.await(sleep(tick));
                print(String.format(Locale.ROOT, "tick %d at %.2fs", i, aw.loop().time()));
            }
            return null;
        });
    }

    /** A heartbeat that ticks until it is cancelled ({@code while True}). */
    static Coroutine<Void> forever(double tick) {
        return ticks(tick, Long.MAX_VALUE);
    }

    /** A callout wherever the heartbeat was ready but could not run: "due here — 4.5 s late". */
    static List<Callout> lateTicks(TraceModel model) {
        List<Callout> callouts = new ArrayList<>();
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (!model.lane(lane).name().equals("heartbeat")) {
                continue;
            }
            SegmentColumn c = model.segments(lane);
            for (int i = 0; i < c.size(); i++) {
                if (c.state(i) == SegmentState.READY && c.lateNs(i) >= LATE_NS) {
                    callouts.add(new Callout(lane, c.start(i), String.format(Locale.ROOT,
                            "the heartbeat was due here — %.1f s late", c.lateNs(i) / 1e9)));
                }
            }
        }
        return callouts;
    }
}
