package org.loopscope.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.loopscope.bench.MechanismBench;
import org.loopscope.bench.OverheadBench;
import org.loopscope.bench.ScaleBench;
import org.loopscope.bench.SoakBench;
import org.loopscope.bench.SwitchBench;
import org.loopscope.bench.TimerBench;
import org.loopscope.export.RenderBench;
import org.loopscope.export.TraceFileBench;
import org.loopscope.patterns.BadParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loopscope bench …}: commands that measure and print figures (docs/PERFORMANCE.md records them). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the loop, the trace and the chart, and prints the figures.",
        subcommands = {BenchCommand.Switch.class, BenchCommand.Overhead.class, BenchCommand.Scale.class, BenchCommand.Timers.class,
                BenchCommand.Render.class, BenchCommand.Mechanism.class, BenchCommand.Soak.class,
                BenchCommand.TraceFile.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The command's output as a PrintStream, for benchmarks that print figures line by line. */
    public static PrintStream out(CommandSpec spec) {
        PrintWriter writer = spec.commandLine().getOut();
        return new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                writer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writer.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                writer.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** An option's value, or a bad-parameter error naming it ({@code live} lives outside this package). */
    public static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new BadParameterException(option + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    @Command(name = "switch", mixinStandardHelpOptions = true,
            description = "Task switches per second: N tasks each awaiting sleep(0) K times (compare: bench/compare-switch.sh).")
    static final class Switch implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--tasks", defaultValue = "100", description = "tasks (default 100)")
        int tasks;
        @Option(names = "--awaits", defaultValue = "10000", description = "sleep(0) per task (default 10000)")
        int awaits;
        @Option(names = "--trace", defaultValue = "on", paramLabel = "on|off|both",
                description = "record a trace (default on); both: alternate, and report the tracing overhead")
        String trace;
        @Option(names = "--repeats", defaultValue = "7", description = "measured runs; the median is reported (default 7)")
        int repeats;

        @Override
        public Integer call() {
            if (trace.equals("both")) {
                SwitchBench.runBoth(atLeast("--tasks", tasks, 1), atLeast("--awaits", awaits, 1), atLeast("--repeats", repeats, 1), out(spec));
                return ExitCodes.OK;
            }
            if (!trace.equals("on") && !trace.equals("off")) {
                throw new BadParameterException("--trace must be on, off or both, got '" + trace + "'");
            }
            SwitchBench.run(atLeast("--tasks", tasks, 1), atLeast("--awaits", awaits, 1), trace.equals("on"),
                    atLeast("--repeats", repeats, 1), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "overhead", mixinStandardHelpOptions = true,
            description = "Tracing overhead: untraced, no-op and traced JVMs take turns running bench switch's work; per-round figures and their median.")
    static final class Overhead implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        // Each JVM's JIT settles on code of its own, a few percent faster or slower: the spread
        // between sets, not between rounds, limits the figure. With 6 sets of 10 rounds the medians of
        // one build ranged from 2.7 to 6.6 % within ten minutes; 24 sets of 5 take ~4 minutes.
        @Option(names = "--rounds", defaultValue = "120", description = "rounds of one run in each JVM (default 120)")
        int rounds;
        @Option(names = "--jvms", defaultValue = "24", description = "times the JVMs are started anew, each set running its share of the rounds (default 24)")
        int jvms;
        @Option(names = "--warmups", defaultValue = "15", description = "runs in each JVM before its rounds (default 15)")
        int warmups;
        @Option(names = "--tasks", defaultValue = "100", description = "tasks (default 100)")
        int tasks;
        @Option(names = "--awaits", defaultValue = "10000", description = "sleep(0) per task (default 10000)")
        int awaits;
        @Option(names = "--pin-cpu", defaultValue = "-1", paramLabel = "CPU",
                description = "pin each JVM's loop thread to this CPU and its other threads to the other CPUs (Linux, taskset; default -1: not pinned)")
        int pinCpu;
        @Option(names = "--one-cpu", defaultValue = "-1", paramLabel = "CPU",
                description = "run every thread of every worker JVM on this CPU (Linux, taskset): the whole CPU cost of tracing, helper threads included (default -1: not pinned)")
        int oneCpu;
        @Option(names = "--shuffled",
                description = "run the tasks out of lane order (each first sleeps a few microseconds, in a shuffled order): no step is stored as part of a run")
        boolean shuffled;
        @Option(names = "--against", paramLabel = "JAR",
                description = "another build's jar (or class path): its untraced and traced JVMs take turns too, for an A/B of a change")
        String against;

        @Override
        public Integer call() throws Exception {
            int cpus = Runtime.getRuntime().availableProcessors();
            if (pinCpu < -1 || pinCpu >= cpus) {
                throw new BadParameterException("--pin-cpu must be -1 or a CPU from 0 to " + (cpus - 1) + ", got " + pinCpu);
            }
            if (oneCpu < -1 || oneCpu >= cpus) {
                throw new BadParameterException("--one-cpu must be -1 or a CPU from 0 to " + (cpus - 1) + ", got " + oneCpu);
            }
            if (oneCpu >= 0 && pinCpu >= 0) {
                throw new BadParameterException("--one-cpu and --pin-cpu place the same threads: give one of them");
            }
            if (against != null && !java.nio.file.Files.exists(java.nio.file.Path.of(against))) {
                throw new BadParameterException("--against: no such file: " + against);
            }
            atLeast("--jvms", jvms, 1);
            if (jvms > rounds) {
                throw new BadParameterException("--jvms (" + jvms + ") cannot exceed --rounds (" + rounds + ")");
            }
            OverheadBench.run(new OverheadBench.Settings(atLeast("--rounds", rounds, 1), jvms, atLeast("--warmups", warmups, 0),
                    atLeast("--tasks", tasks, 1), atLeast("--awaits", awaits, 1), pinCpu, oneCpu, shuffled, against), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = "The semaphore pattern with N requests on the virtual clock: time, peak heap, events.")
    static final class Scale implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--requests", defaultValue = "100000", description = "requests (default 100000)")
        int requests;
        @Option(names = "--limit", defaultValue = "10", description = "semaphore limit (default 10)")
        int limit;
        @Option(names = "--warmups", defaultValue = "3",
                description = "smaller runs first, so the JIT has compiled the run's paths (default 3; 0 measures a cold run)")
        int warmups;

        @Override
        public Integer call() {
            ScaleBench.run(atLeast("--requests", requests, 1), atLeast("--limit", limit, 1), atLeast("--warmups", warmups, 0), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "timers", mixinStandardHelpOptions = true,
            description = "Timer lateness on the real clock with a free loop (distribution in ms).")
    static final class Timers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--tasks", defaultValue = "10", description = "sleeping tasks (default 10)")
        int tasks;
        @Option(names = "--sleeps", defaultValue = "200", description = "sleeps per task, 1-20 ms each (default 200)")
        int sleeps;

        @Override
        public Integer call() {
            TimerBench.run(atLeast("--tasks", tasks, 1), atLeast("--sleeps", sleeps, 1), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Chart frame times on the software pipeline for a synthetic trace (no display needed).")
    static final class Render implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--lanes", defaultValue = "10000", description = "lanes (default 10000)")
        int lanes;
        @Option(names = "--segments", defaultValue = "1000000", description = "segments in all (default 1000000)")
        int segments;

        @Override
        public Integer call() {
            RenderBench.run(atLeast("--lanes", lanes, 1), atLeast("--segments", segments, 1), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "mechanism", mixinStandardHelpOptions = true,
            description = "Cost of one resume/suspend round trip: continuation vs thread hand-offs (see docs/DESIGN.md).")
    static final class Mechanism implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--round-trips", defaultValue = "1000000", description = "round trips (default 1000000)")
        int roundTrips;

        @Override
        public Integer call() throws InterruptedException {
            MechanismBench.run(atLeast("--round-trips", roundTrips, 1000), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "soak", mixinStandardHelpOptions = true,
            description = "Many runs and stopped runs in a row: heap after GC and thread count before and after.")
    static final class Soak implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--runs", defaultValue = "1000", description = "runs (default 1000)")
        int runs;

        @Override
        public Integer call() throws InterruptedException {
            SoakBench.run(atLeast("--runs", runs, 1), out(spec));
            return ExitCodes.OK;
        }
    }

    @Command(name = "tracefile", mixinStandardHelpOptions = true,
            description = "Writes and reads back a Chrome trace of N events: MB/s and events/s.")
    static final class TraceFile implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--events", defaultValue = "1000000", description = "segments in the trace (default 1000000)")
        int events;

        @Override
        public Integer call() throws Exception {
            TraceFileBench.run(atLeast("--events", events, 1), out(spec));
            return ExitCodes.OK;
        }
    }
}
