package org.loopscope.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/** A finished pattern run and what tests read from it: lanes by name, segments, marks and printed lines. */
record Ran(PatternRun run, PatternRun.Outcome outcome, TraceModel model) {
    static final long S = 1_000_000_000L;

    /** One closed segment, with its label resolved. */
    record Seg(long start, long end, SegmentState state, String label, long late) {
    }

    /** Runs a registered pattern on the virtual clock with {@code key=value} parameters. */
    static Ran virtual(String id, String... keyValues) {
        Pattern pattern = PatternRegistry.require(id);
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), List.of(keyValues)), PatternRun.Options.virtual());
        PatternRun.Outcome outcome = run.runHere();
        return new Ran(run, outcome, run.buildModel());
    }

    static long ms(long millis) {
        return millis * 1_000_000L;
    }

    long endNs() {
        return outcome.endNs();
    }

    int lane(String name) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).name().equals(name)) {
                return lane;
            }
        }
        throw new AssertionError("no lane named " + name + " in " + laneNames());
    }

    List<String> laneNames() {
        return model.lanes().stream().map(l -> l.name()).toList();
    }

    List<Seg> segments(String laneName) {
        return segments(lane(laneName));
    }

    List<Seg> segments(int lane) {
        List<Seg> list = new ArrayList<>();
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            list.add(new Seg(c.start(i), c.end(i), c.state(i), model.label(c.labelId(i)), c.lateNs(i)));
        }
        return list;
    }

    /** Printed lines as "[time] lane: text", time with three decimals. */
    List<String> prints() {
        return marks(MarkKind.PRINT).stream()
                .map(m -> String.format(Locale.ROOT, "[%.3f] %s: %s", m.timeNs() / 1e9, model.lane(m.lane()).name(), m.detail()))
                .toList();
    }

    List<Mark> marks(MarkKind kind) {
        return model.marks().stream().filter(m -> m.kind() == kind).toList();
    }

    /** The outcome mark (result, cancelled, error) of a lane. */
    Mark outcomeOf(String laneName) {
        int lane = lane(laneName);
        return model.marks().stream()
                .filter(m -> m.lane() == lane && m.kind().isOutcome() && m.kind() != MarkKind.NEVER_AWAITED)
                .findFirst().orElseThrow(() -> new AssertionError(laneName + " has no outcome"));
    }
}
