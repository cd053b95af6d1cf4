package org.loopscope.patterns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loopscope.loop.LoopMessage;
import org.loopscope.trace.Lane;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * A finished run for the terminal: one line per task (how long it ran, was ready, waited — on what —
 * and blocked, and how it ended), the loop and worker lanes, the printed lines, the warnings, and
 * the total loop time. Everything comes from the trace model, so it says what the chart shows.
 */
public final class RunSummary {
    /** Results longer than this are cut: a 500-element list would drown the table. */
    static final int MAX_DETAIL = 100;

    private final TraceModel model;
    private final PatternRun.Outcome outcome;

    private RunSummary(TraceModel model, PatternRun.Outcome outcome) {
        this.model = model;
        this.outcome = outcome;
    }

    /** The summary of a finished run, as lines. */
    public static List<String> lines(TraceModel model, PatternRun.Outcome outcome) {
        return new RunSummary(model, outcome).build();
    }

    /** The summary as one text, lines separated by newlines. */
    public static String format(TraceModel model, PatternRun.Outcome outcome) {
        return String.join("\n", lines(model, outcome)) + "\n";
    }

    private List<String> build() {
        List<String> out = new ArrayList<>();
        int width = nameWidth();
        out.add("tasks:");
        for (Lane lane : model.lanes()) {
            if (lane.kind() == LaneKind.TASK) {
                out.add("  " + taskLine(lane, width));
            }
        }
        out.add("loop and workers:");
        for (Lane lane : model.lanes()) {
            if (lane.kind() != LaneKind.TASK) {
                out.add("  " + pad(lane.name(), width) + "  " + timesLine(times(lane.id()), lane.kind()));
            }
        }
        section(out, "printed:", messages(MarkKind.PRINT));
        List<Mark> warnings = new ArrayList<>(messages(MarkKind.NEVER_AWAITED));
        warnings.addAll(messages(MarkKind.WARNING));
        warnings.sort((a, b) -> Long.compare(a.timeNs(), b.timeNs()));
        section(out, "warnings:", warnings);
        if (outcome != null && outcome.stopped()) {
            out.add("stopped before the end");
        } else if (outcome != null && outcome.error() != null) {
            out.add("main raised " + describe(outcome.error()));
        }
        long end = outcome != null ? outcome.endNs() : model.endNs();
        out.add(String.format(Locale.ROOT, "total: %.3f s", end / 1e9));
        return out;
    }

    private String taskLine(Lane lane, int width) {
        Map<SegmentState, Long> times = times(lane.id());
        return pad(lane.name(), width)
                + String.format(Locale.ROOT, "  %3d segment%s  running %s  ready %s%s  waiting %s%s  blocking %s  %s",
                        model.segments(lane.id()).size(), model.segments(lane.id()).size() == 1 ? " " : "s",
                        secs(times.get(SegmentState.RUNNING)), secs(times.get(SegmentState.READY)), lateness(lane.id()),
                        secs(times.get(SegmentState.WAITING)), waitedOn(lane.id()),
                        secs(times.get(SegmentState.BLOCKING)), outcomeOf(lane.id()));
    }

    /** " (a timer up to 4.500 s late)" when a timer of this task fired late by 1 ms or more. */
    private String lateness(int lane) {
        long worst = 0;
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            worst = Math.max(worst, c.lateNs(i));
        }
        return worst >= 1_000_000L ? " (a timer up to " + secs(worst) + " late)" : "";
    }

    private Map<SegmentState, Long> times(int lane) {
        Map<SegmentState, Long> times = new EnumMap<>(SegmentState.class);
        for (SegmentState s : SegmentState.values()) {
            times.put(s, 0L);
        }
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            times.merge(c.state(i), c.end(i) - c.start(i), Long::sum);
        }
        return times;
    }

    private static String timesLine(Map<SegmentState, Long> times, LaneKind kind) {
        if (kind == LaneKind.LOOP) {
            return "busy " + secs(times.get(SegmentState.BUSY)) + "  idle " + secs(times.get(SegmentState.IDLE))
                    + "  stalled " + secs(times.get(SegmentState.STALLED));
        }
        return "running " + secs(times.get(SegmentState.RUNNING)) + "  blocking " + secs(times.get(SegmentState.BLOCKING));
    }

    /** " (on sleep(1.0))", or with seconds each when a task waited on several things. */
    private String waitedOn(int lane) {
        Map<String, Long> byLabel = new LinkedHashMap<>();
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            if (c.state(i) == SegmentState.WAITING) {
                String label = model.label(c.labelId(i));
                byLabel.merge(label == null ? "?" : label, c.end(i) - c.start(i), Long::sum);
            }
        }
        if (byLabel.isEmpty()) {
            return "";
        }
        if (byLabel.size() == 1) {
            return " (on " + byLabel.keySet().iterator().next() + ")";
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, ns) -> parts.add(label + " " + secs(ns)));
        return " (on " + String.join(", ", parts) + ")";
    }

    private String outcomeOf(int lane) {
        String outcome = "unfinished";
        List<String> neverAwaited = new ArrayList<>();
        for (Mark m : model.marks()) {
            if (m.lane() != lane) {
                continue;
            }
            switch (m.kind()) {
                case RESULT -> outcome = "result: " + cut(m.detail());
                case CANCELLED -> outcome = cut(m.detail());
                case ERROR -> outcome = "error: " + cut(m.detail());
                case NEVER_AWAITED -> neverAwaited.add("never-awaited: " + m.detail());
                default -> {
                    // prints and warnings are listed in their own sections
                }
            }
        }
        neverAwaited.add(0, outcome);
        return String.join("; ", neverAwaited);
    }

    private List<Mark> messages(MarkKind kind) {
        return model.marks().stream().filter(m -> m.kind() == kind).toList();
    }

    private void section(List<String> out, String title, List<Mark> marks) {
        out.add(title + (marks.isEmpty() ? " none" : ""));
        for (Mark m : marks) {
            out.add("  " + message(m));
        }
    }

    /** "[  1.000s] main: doing other work...", as the command line prints lines while they happen. */
    String message(Mark m) {
        return new LoopMessage(m.timeNs(), m.lane(), model.lane(m.lane()).name(), m.kind(), m.detail()).format();
    }

    private int nameWidth() {
        int width = 4;
        for (Lane lane : model.lanes()) {
            width = Math.max(width, lane.name().length());
        }
        return Math.min(width, 28);
    }

    private static String pad(String name, int width) {
        return name.length() >= width ? name : name + " ".repeat(width - name.length());
    }

    private static String secs(Long ns) {
        return String.format(Locale.ROOT, "%.3f s", (ns == null ? 0 : ns) / 1e9);
    }

    private static String cut(String text) {
        if (text == null) {
            return "None";
        }
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
