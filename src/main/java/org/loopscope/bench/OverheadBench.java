package org.loopscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tracing overhead measured in three JVMs that take turns: one untraced, one with an instrument
 * that does nothing, one recording. Each JVM runs {@code bench switch}'s workload once when asked
 * (about 0.1 s) while the other two wait blocked, so a round of three runs lasts a fraction of a
 * second and the host's speed, which drifts here by up to 40 % over tens of seconds (one vCPU
 * slower than the other for a while, then the other), is the same for the three runs of a round.
 * Each JVM only ever runs one kind, so its JIT compiles only that kind's paths, as in JMH's forks.
 * The order inside a round rotates, so no kind always runs first or right after another.
 *
 * <p>Reported: per-round overhead of each kind against the untraced run of the same round, its
 * median and quartiles, and a bootstrap 95 % interval of the median.
 */
public final class OverheadBench {
    private static final String[] KINDS = {"off", "noop", "on"};
    /** With a second build to compare: its untraced and traced JVMs, after ours. */
    private static final String[] AGAINST_KINDS = {"off", "on"};
    private static final long REPLY_TIMEOUT_S = 120;

    private OverheadBench() {
    }

    /** The figures of one measurement: nanoseconds a switch per round and JVM ({@code [round][jvm]}). */
    record Rounds(double[][] nsPerSwitch) {
        /** Per round: how much slower JVM {@code traced} was than JVM {@code untraced}, in %. */
        double[] overheadPct(int traced, int untraced) {
            return Arrays.stream(nsPerSwitch).mapToDouble(r -> 100 * (r[traced] - r[untraced]) / r[untraced]).toArray();
        }
    }

    /**
     * The settings of one measurement. {@code pinCpu}: the CPU each JVM's loop thread is pinned to
     * (its other threads moved to the other CPUs), -1: the scheduler places them. {@code oneCpu}:
     * the CPU every thread of every worker JVM runs on (taskset at start, inherited by the threads
     * they start later), -1: none. On one CPU the figures are the whole CPU cost of tracing, the
     * helpers' work included (the step clock's ticker, the chunk allocator), and the two vCPUs'
     * different speeds no longer split the runs into two groups.
     */
    public record Settings(int rounds, int jvms, int warmups, int tasks, int awaits, int pinCpu, int oneCpu, boolean shuffled,
                           String againstClassPath) {
    }

    /**
     * Runs the rounds. The worker JVMs are started {@code jvms} times over (each set runs its
     * share of the rounds), because which code the JIT settles on differs from one JVM to the
     * next: a single JVM per kind would carry its one draw into every round.
     */
    public static Rounds run(Settings settings, PrintStream out) throws IOException, InterruptedException {
        List<String> labels = new ArrayList<>(List.of(KINDS));
        if (settings.againstClassPath() != null) {
            for (String kind : AGAINST_KINDS) {
                labels.add("base_" + kind);
            }
        }
        out.printf(Locale.ROOT, "JVMs: %s, started %d times over; %d warm-up runs each; %d tasks x %d awaits a run%s; %s%n",
                String.join(", ", labels), settings.jvms(), settings.warmups(), settings.tasks(), settings.awaits(),
                settings.shuffled() ? ", tasks out of lane order" : "", placement(settings));
        double[][] ns = new double[settings.rounds()][];
        int done = 0;
        for (int generation = 0; generation < settings.jvms(); generation++) {
            int share = (settings.rounds() - done) / (settings.jvms() - generation);
            runGeneration(settings, labels, ns, done, share, out);
            done += share;
        }
        Rounds result = new Rounds(ns);
        report(result, labels, out);
        return result;
    }

    private static String placement(Settings settings) {
        if (settings.oneCpu() >= 0) {
            return "every thread of every JVM on CPU " + settings.oneCpu();
        }
        return settings.pinCpu() < 0 ? "loop threads where the scheduler puts them" : "loop threads pinned to CPU " + settings.pinCpu();
    }

    private static void runGeneration(Settings settings, List<String> labels, double[][] ns, int firstRound, int rounds, PrintStream out)
            throws IOException, InterruptedException {
        if (rounds == 0) {
            return;
        }
        long switches = (long) settings.tasks() * settings.awaits();
        List<Child> children = new ArrayList<>();
        try {
            String ours = System.getProperty("java.class.path");
            for (String label : labels) {
                boolean base = label.startsWith("base_");
                String kind = base ? label.substring("base_".length()) : label;
                children.add(Child.start(label, base ? settings.againstClassPath() : ours, kind, settings));
            }
            for (int w = 0; w < settings.warmups(); w++) {
                for (Child c : children) {
                    c.runOnce();
                }
            }
            int n = children.size();
            for (int r = firstRound; r < firstRound + rounds; r++) {
                ns[r] = new double[n];
                StringBuilder line = new StringBuilder("round " + (r + 1));
                for (int i = 0; i < n; i++) {
                    // Rotated each round and reversed every other cycle: no JVM always runs first or after the same one.
                    int k = (r / n) % 2 == 0 ? (i + r) % n : (n - 1 - i + r) % n;
                    ns[r][k] = children.get(k).runOnce() / (double) switches;
                }
                for (int k = 0; k < n; k++) {
                    line.append(String.format(Locale.ROOT, " %s=%.1f", labels.get(k), ns[r][k]));
                }
                out.println(line);
            }
        } finally {
            children.forEach(Child::close);
        }
    }

    private static void report(Rounds rounds, List<String> labels, PrintStream out) {
        double[][] ns = rounds.nsPerSwitch();
        for (int k = 0; k < labels.size(); k++) {
            int jvm = k;
            out.printf(Locale.ROOT, "median_ns_%s=%.1f%n", labels.get(k), median(Arrays.stream(ns).mapToDouble(r -> r[jvm]).toArray()));
        }
        describe("noop_overhead_pct", rounds.overheadPct(1, 0), out);
        if (labels.size() > KINDS.length) {
            double[] base = rounds.overheadPct(4, 3);
            describe("base_tracing_overhead_pct", base, out);
            double[] ours = rounds.overheadPct(2, 0);
            describe("tracing_overhead_minus_base_pct_points", java.util.stream.IntStream.range(0, base.length)
                    .mapToDouble(i -> ours[i] - base[i]).toArray(), out);
        }
        double[] on = rounds.overheadPct(2, 0);
        describe("tracing_overhead_pct", on, out);
        double[] ci = bootstrapMedianInterval(on, 2000, 0x5eed);
        out.printf(Locale.ROOT, "tracing_overhead_pct_median=%.2f ci95_low=%.2f ci95_high=%.2f rounds=%d%n",
                median(on), ci[0], ci[1], on.length);
    }

    private static void describe(String name, double[] values, PrintStream out) {
        out.printf(Locale.ROOT, "%s: median %.2f, quartiles %.2f to %.2f%n", name, median(values), quantile(values, 0.25), quantile(values, 0.75));
    }

    static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** Linear interpolation between the closest ranks. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Percentile bootstrap of the median: resample the rounds with replacement, seeded, so a rerun on the same figures prints the same interval. */
    static double[] bootstrapMedianInterval(double[] values, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] medians = new double[resamples];
        double[] sample = new double[values.length];
        for (int i = 0; i < resamples; i++) {
            for (int j = 0; j < values.length; j++) {
                sample[j] = values[random.nextInt(values.length)];
            }
            medians[i] = median(sample);
        }
        return new double[] {quantile(medians, 0.025), quantile(medians, 0.975)};
    }

    /** A worker JVM, its requests and its replies (read on a daemon thread, so a hung child times out). */
    private static final class Child implements AutoCloseable {
        private final String label;
        private final Process process;
        private final Writer requests;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

        private Child(String label, Process process) {
            this.label = label;
            this.process = process;
            this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readReplies, "overhead-bench-" + label);
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(String label, String classPath, String kind, Settings settings) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>();
            if (settings.oneCpu() >= 0) {
                command.addAll(List.of("taskset", "-c", Integer.toString(settings.oneCpu())));
            }
            command.addAll(List.of(java, "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED",
                    "-cp", classPath, SwitchWorker.class.getName(),
                    kind, Integer.toString(settings.tasks()), Integer.toString(settings.awaits())));
            if (settings.pinCpu() >= 0) {
                command.add(Integer.toString(settings.pinCpu()));
            }
            if (settings.shuffled()) {
                command.add("shuffled");
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            return new Child(label, builder.start());
        }

        private void readReplies() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    replies.add(line);
                }
            } catch (IOException e) {
                // the process ended; runOnce reports it
            }
            replies.add("");
        }

        /** One run's nanoseconds; an IOException when the worker JVM ended or hung (a bad --against jar, a crash). */
        long runOnce() throws IOException, InterruptedException {
            try {
                requests.write("run\n");
                requests.flush();
            } catch (IOException e) {
                throw ended(); // it could not even read its request
            }
            String reply = replies.poll(REPLY_TIMEOUT_S, TimeUnit.SECONDS);
            if (reply == null) {
                throw new IOException("the " + label + " worker JVM did not answer in " + REPLY_TIMEOUT_S + " s");
            }
            if (reply.isEmpty()) {
                throw ended();
            }
            return Long.parseLong(reply.trim());
        }

        private IOException ended() throws InterruptedException {
            return new IOException("the " + label + " worker JVM ended (exit code " + process.waitFor()
                    + "; its own message is above) — does its class path hold " + SwitchWorker.class.getName() + "?");
        }

        @Override
        public void close() {
            try {
                requests.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }
}
