package org.loopscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loopscope.trace.Instrument;
import org.loopscope.trace.TraceRecorder;

/**
 * One side of {@link OverheadBench}: a JVM that runs {@code bench switch}'s workload whenever its
 * parent asks, with one kind of tracing for its whole life, so its JIT only ever sees that kind.
 * Protocol on stdin/stdout, a line each: {@code run} answers the run's nanoseconds; end of input
 * ends the process.
 */
public final class SwitchWorker {
    private SwitchWorker() {
    }

    /**
     * Arguments: {@code off|noop|on} tasks awaits, then optionally the CPU to pin the loop thread
     * to and the word {@code shuffled} (the tasks run out of lane order, SwitchBench.workload). A
     * build that predates an argument refuses it, so an A/B never silently runs other work.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: SwitchWorker off|noop|on TASKS AWAITS [CPU] [shuffled]");
            System.exit(2);
        }
        String trace = args[0];
        int tasks = Integer.parseInt(args[1]);
        int awaits = Integer.parseInt(args[2]);
        int pinCpu = -1;
        boolean shuffled = false;
        for (int a = 3; a < args.length; a++) {
            if (args[a].equals("shuffled")) {
                shuffled = true;
            } else {
                pinCpu = Integer.parseInt(args[a]);
            }
        }
        if (pinCpu >= 0) {
            pinThisThread(pinCpu);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.equals("run")) {
                System.err.println("SwitchWorker: unknown request '" + line + "'");
                System.exit(2);
            }
            if (pinCpu >= 0) {
                moveOtherThreadsOff(pinCpu);
            }
            out.println(runOnce(trace, tasks, awaits, shuffled));
        }
    }

    /**
     * Pins the calling thread (the loop's: runs happen on it) to one CPU; before each run the JVM's
     * other threads are moved to the others ({@link #moveOtherThreadsOff}). Linux only: the
     * thread's id comes from /proc/thread-self, and taskset sets the affinity.
     */
    static void pinThisThread(int cpu) throws IOException, InterruptedException {
        String said = taskset(Integer.toString(cpu), ownThreadId());
        if (said != null) {
            throw new IOException("could not pin the loop thread to CPU " + cpu + ": " + said);
        }
    }

    /** The calling thread's Linux thread id: /proc/thread-self links to "&lt;pid&gt;/task/&lt;tid&gt;". */
    private static String ownThreadId() throws IOException {
        String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
        return self.substring(self.lastIndexOf('/') + 1);
    }

    /** Sets thread {@code tid}'s CPUs; null when done, else what taskset said. */
    private static String taskset(String cpus, String tid) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-p", "-c", cpus, tid).redirectErrorStream(true).start();
        String said = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return taskset.waitFor() == 0 ? null : said;
    }

    /**
     * Moves every other thread of this JVM to the other CPUs. Threads inherit their creator's
     * affinity, and the loop thread starts the step clock's ticker and the trace's chunk helper:
     * left alone they would share the loop's CPU, which no unpinned run does on two cores.
     */
    static void moveOtherThreadsOff(int cpu) throws IOException, InterruptedException {
        int cpus = Runtime.getRuntime().availableProcessors();
        String others = java.util.stream.IntStream.range(0, cpus).filter(c -> c != cpu)
                .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(","));
        if (others.isEmpty()) {
            return;
        }
        String ownTid = ownThreadId();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String tid = task.getFileName().toString();
                if (!tid.equals(ownTid)) {
                    taskset(others, tid); // a thread may end meanwhile: taskset then fails, which changes nothing here
                }
            }
        }
    }

    static long runOnce(String trace, int tasks, int awaits, boolean shuffled) {
        Instrument instrument = switch (trace) {
            case "off" -> null;
            case "noop" -> new SwitchBench.NoOpInstrument();
            case "on" -> new TraceRecorder();
            default -> throw new IllegalArgumentException("trace must be off, noop or on: " + trace);
        };
        SwitchBench.Sample sample = SwitchBench.once(tasks, awaits, instrument, shuffled);
        // A recorder that threw would have been removed, and the rest measured untraced.
        if (instrument instanceof TraceRecorder && sample.events() < (long) tasks * awaits) {
            throw new IllegalStateException("the recorder stopped recording: " + sample.events() + " events");
        }
        return Math.round(sample.seconds() * 1e9);
    }
}
