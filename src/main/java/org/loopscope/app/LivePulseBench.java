package org.loopscope.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;

/**
 * Is the window still smooth while a huge run streams in? Opens the real main window (headless
 * under Monocle when it is on the class path), runs the semaphore pattern with N requests on the
 * real clock, and records every frame until the run ends: the interval between pulses (what the
 * eye sees; 16.7 ms at 60 fps) and the FX thread's work in each (the window's frame timer — run
 * model, console, status, chart window — then CSS and layout; the chart's canvas drawing happens
 * in layout). Prints {@code pulse_ms_p50=… pulse_ms_p99=…} as its last line.
 *
 * <p>How frames are timed: a probe AnimationTimer started before the window's own runs first in
 * each pulse and notes the pulse's timestamp and the time; a post-layout pulse listener notes
 * when CSS and layout are done.
 */
public final class LivePulseBench {
    private LivePulseBench() {
    }

    /** Requests per warm-up run: enough for the JIT to compile the paths a streaming run takes. */
    static final int WARMUP_REQUESTS = 10_000;

    /**
     * What to run: the semaphore pattern's parameters and the real clock's rate, the longest time to
     * wait for the measured run, and how many smaller runs go first in the same window.
     */
    public record Setup(int requests, int limit, double delay, double rate, double maxSeconds, int warmups) {
    }

    /** Pulse intervals and FX work per frame, in ms. */
    public record Figures(int frames, double pulseP50, double pulseP99, double workP50, double workP99, double workMax,
                          double seconds, long segments, boolean finished, String slowest) {
    }

    /**
     * Measures the run after {@code warmups} smaller ones in the same window, as a window that has
     * been used. A cold JVM spends a third of both cores compiling during the first big run
     * (perf: C2 and C1 threads at ~40 % of the CPU samples), and its slowest frames are the ones
     * running interpreted code; {@code --warmups 0} measures that.
     */
    public static Figures run(Setup setup, PrintStream out) throws Exception {
        boolean startedHere = startToolkit(out);
        Window w = onFx(() -> Window.open());
        try {
            int warmupRequests = Math.min(setup.requests(), WARMUP_REQUESTS);
            for (int i = 0; i < setup.warmups(); i++) {
                RunResult warm = runOnce(w, setup, warmupRequests);
                out.printf(Locale.ROOT, "warmup %d: %d requests, finished=%s in %.1f s%n", i + 1, warmupRequests, warm.finished(), warm.seconds());
            }
            if (setup.warmups() > 0) {
                out.printf(Locale.ROOT, "jit: compiler idle after %.1f s%n", awaitCompilerIdle());
            }
            RunResult measured = runOnce(w, setup, setup.requests());
            Figures f = onFx(() -> w.probe.figures(measured.seconds(), w.controller.viewModel().modelProperty().get().segmentCount(),
                    measured.finished()));
            print(setup, f, out);
            return f;
        } finally {
            onFx(() -> {
                w.close();
                return null;
            });
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private record RunResult(boolean finished, double seconds) {
    }

    /**
     * Waits (at most 20 s) until the JIT compilers have been idle for half a second: their backlog
     * from the warm-ups would otherwise compete with the measured run for the two cores.
     */
    private static double awaitCompilerIdle() throws InterruptedException {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long last = jit.getTotalCompilationTime();
        int quiet = 0;
        while (quiet < 5 && System.nanoTime() - start < 20_000_000_000L) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Starts the pattern with {@code requests} requests and waits for its end (at most maxSeconds); the probe notes its frames. */
    private static RunResult runOnce(Window w, Setup setup, int requests) throws Exception {
        onFx(() -> {
            MainViewModel vm = w.controller.viewModel();
            vm.selectedPatternProperty().set(PatternRegistry.require("semaphore"));
            vm.params().field("urls").textProperty().set(Integer.toString(requests));
            vm.params().field("limit").textProperty().set(Integer.toString(setup.limit()));
            vm.params().field("delay").textProperty().set(Double.toString(setup.delay()));
            vm.clockProperty().set(ClockKind.REAL);
            vm.rateProperty().set(setup.rate());
            w.probe.reset();
            vm.run();
            return null;
        });
        long start = System.nanoTime();
        long deadline = start + (long) (setup.maxSeconds() * 1e9);
        boolean finished = false;
        while (!finished && System.nanoTime() < deadline) {
            Thread.sleep(100);
            finished = onFx(() -> !w.controller.viewModel().runState().isActive());
        }
        if (!finished) {
            onFx(() -> {
                w.controller.viewModel().stop();
                return null;
            });
        }
        return new RunResult(finished, (System.nanoTime() - start) / 1e9);
    }

    private static void print(Setup s, Figures f, PrintStream out) {
        out.printf(Locale.ROOT, "requests=%d limit=%d delay_s=%s clock=real rate=%s finished=%s run_s=%.1f segments=%d frames=%d%n",
                s.requests(), s.limit(), s.delay(), s.rate(), f.finished(), f.seconds(), f.segments(), f.frames());
        out.printf(Locale.ROOT, "frame_work_ms_p50=%.2f frame_work_ms_p99=%.2f frame_work_ms_max=%.1f%n",
                f.workP50(), f.workP99(), f.workMax());
        out.printf(Locale.ROOT, "slowest frames (FX work, at s since the run began): %s%n", f.slowest());
        out.printf(Locale.ROOT, "pulse_ms_p50=%.1f pulse_ms_p99=%.1f%n", f.pulseP50(), f.pulseP99());
    }

    /**
     * Starts the toolkit, headless under Monocle when Monocle is on the class path and no platform
     * was chosen; returns false if it was already running (inside a test).
     */
    private static boolean startToolkit(PrintStream out) throws InterruptedException {
        if (System.getProperty("glass.platform") == null && monocleAvailable()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        } else if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            out.println("note: Monocle is not on the class path; measuring on the desktop's own toolkit");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        started.await();
        Platform.setImplicitExit(false);
        return true;
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, LivePulseBench.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** The main window on its own stage, with the probe in front of its frame timer. */
    private record Window(Stage stage, MainController controller, FrameProbe probe) {
        static Window open() {
            FrameProbe probe = new FrameProbe();
            probe.start(); // before the window's own timer, so it runs first in every pulse
            FXMLLoader loader = new FXMLLoader(LoopscopeApp.class.getResource("/fxml/main.fxml"));
            Parent root;
            try {
                root = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds(); // Monocle's headless screen is 1280×800
            Scene scene = new Scene(root, Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
            scene.addPostLayoutPulseListener(probe::layoutDone);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return new Window(stage, loader.getController(), probe);
        }

        void close() {
            probe.stop();
            controller.shutdown();
            stage.close();
        }
    }

    /** Notes each pulse's timestamp, how long the FX thread worked in it, and how much of that it was on a CPU. */
    private static final class FrameProbe extends AnimationTimer {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private long[] pulses = new long[4096];
        private long[] work = new long[4096];
        private long[] cpu = new long[4096];
        private int frames;
        private long frameStart;
        private long frameCpuStart;

        @Override
        public void handle(long now) {
            if (frames == pulses.length) {
                pulses = Arrays.copyOf(pulses, frames * 2);
                work = Arrays.copyOf(work, frames * 2);
                cpu = Arrays.copyOf(cpu, frames * 2);
            }
            pulses[frames++] = now;
            frameStart = System.nanoTime();
            frameCpuStart = THREADS.getCurrentThreadCpuTime();
        }

        void layoutDone() {
            if (frameStart != 0 && frames > 0) {
                work[frames - 1] = System.nanoTime() - frameStart;
                cpu[frames - 1] = THREADS.getCurrentThreadCpuTime() - frameCpuStart;
                frameStart = 0;
            }
        }

        void reset() {
            frames = 0;
            frameStart = 0;
        }

        Figures figures(double seconds, long segments, boolean finished) {
            int n = Math.max(0, frames - 1);
            double[] intervals = new double[n];
            for (int i = 0; i < n; i++) {
                intervals[i] = (pulses[i + 1] - pulses[i]) / 1e6;
            }
            double[] busy = new double[frames];
            for (int i = 0; i < frames; i++) {
                busy[i] = work[i] / 1e6;
            }
            String slowest = slowest(5);
            Arrays.sort(intervals);
            Arrays.sort(busy);
            return new Figures(frames, percentile(intervals, 50), percentile(intervals, 99), percentile(busy, 50),
                    percentile(busy, 99), busy.length == 0 ? 0 : busy[busy.length - 1], seconds, segments, finished, slowest);
        }

        /** The {@code n} frames with the most FX work, as "12.3 ms (cpu 5.1) at 0.41 s", slowest first: the FX thread's CPU time tells work from waiting for a core. */
        private String slowest(int n) {
            Integer[] order = new Integer[frames];
            for (int i = 0; i < frames; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(work[b], work[a]));
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < Math.min(n, frames); k++) {
                int i = order[k];
                text.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f ms (cpu %.1f) at %.2f s",
                        work[i] / 1e6, cpu[i] / 1e6, (pulses[i] - pulses[0]) / 1e9));
            }
            return text.toString();
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }
}
