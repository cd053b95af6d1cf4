package org.loopscope.gantt.render;

import org.loopscope.trace.Mark;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/** The tooltip text for a bar or a mark: plain text, so it is the same on screen and in tests. */
public final class HoverText {
    private HoverText() {
    }

    /** E.g. "fetch(url1)\nwaiting on sleep(1.0)\nstart 1.2 s, duration 340 ms". */
    public static String describe(TraceModel model, SegmentInfo segment) {
        StringBuilder text = new StringBuilder(model.lane(segment.lane()).name()).append('\n');
        text.append(stateLine(segment)).append('\n');
        text.append("start ").append(TimeTicks.duration(segment.startNs()))
                .append(", duration ").append(TimeTicks.duration(segment.durationNs()));
        if (segment.open()) {
            text.append(" (still ").append(segment.state().label()).append(')');
        }
        if (segment.state() == SegmentState.READY && segment.lateNs() > 0) {
            text.append('\n').append("timer fired ").append(TimeTicks.duration(segment.lateNs())).append(" late");
        }
        return text.toString();
    }

    public static String describe(TraceModel model, Mark mark) {
        String lane = mark.lane() >= 0 && mark.lane() < model.laneCount() ? model.lane(mark.lane()).name() : "";
        String detail = mark.detail() == null || mark.detail().isEmpty() ? "" : ": " + mark.detail();
        return lane + "\n" + mark.kind().label() + detail + "\nat " + TimeTicks.duration(mark.timeNs());
    }

    private static String stateLine(SegmentInfo segment) {
        String label = segment.label();
        String state = segment.state().label();
        if (label == null) {
            return state;
        }
        return switch (segment.state()) {
            case WAITING -> "waiting on " + label;
            case BLOCKING -> "blocking in " + label;
            default -> state + ": " + label;
        };
    }
}
