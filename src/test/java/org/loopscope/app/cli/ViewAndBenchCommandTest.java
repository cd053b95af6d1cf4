package org.loopscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.loopscope.app.cli.CliRunner.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewAndBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void viewCheckSummarisesAReadableTraceAndRefusesABadOne() throws IOException {
        Path json = dir.resolve("gather.json");
        assertThat(cli("export", "gather", "--out", json.toString()).exit()).isZero();
        CliRunner.Result ok = cli("view", "--check", json.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).singleElement().satisfies(l -> assertThat(l).startsWith(json + ": ok: 5 lanes,").contains("1.000 s"));

        Path truncated = Files.writeString(dir.resolve("cut.json"), Files.readString(json).substring(0, 200));
        CliRunner.Result bad = cli("view", "--check", truncated.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: "));

        assertThat(cli("view", "--check", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
    }

    @Test
    void viewWithoutAWindowSaysSo() throws IOException {
        Path json = dir.resolve("g.json");
        cli("export", "gather", "--out", json.toString());
        CliRunner.Result r = cli("view", json.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).singleElement().satisfies(l -> assertThat(l).contains("use --check"));
    }

    @Test
    void benchCommandsPrintTheirClosingFigures() {
        assertThat(cli("bench", "switch", "--tasks", "10", "--awaits", "100", "--repeats", "1").lastOut())
                .matches("switches_per_sec=\\d+");
        assertThat(cli("bench", "scale", "--requests", "300").lastOut()).matches("time_s=[0-9.]+ heap_mb=\\d+ events=\\d+");
        assertThat(cli("bench", "timers", "--tasks", "2", "--sleeps", "5").lastOut()).matches("late_ms_p50=[0-9.]+ late_ms_p99=[0-9.]+");
        assertThat(cli("bench", "render", "--lanes", "20", "--segments", "2000").lastOut())
                .matches("frame_ms_p50=[0-9.]+ frame_ms_p99=[0-9.]+");
        assertThat(cli("bench", "switch", "--tasks", "0").exit()).isEqualTo(2);
    }

    @Test
    void benchOverheadRunsItsWorkerJvmsInTurnAndPrintsTheMedian() {
        CliRunner.Result r = cli("bench", "overhead", "--rounds", "3", "--jvms", "2", "--warmups", "1", "--tasks", "10", "--awaits", "200");
        assertThat(r.exit()).as(String.join("\n", r.err())).isZero();
        assertThat(r.out()).filteredOn(l -> l.startsWith("round ")).hasSize(3)
                .allSatisfy(l -> assertThat(l).matches("round \\d off=[0-9.]+ noop=[0-9.]+ on=[0-9.]+"));
        assertThat(r.out().get(0)).contains("started 2 times over");
        assertThat(r.lastOut()).matches("tracing_overhead_pct_median=-?[0-9.]+ ci95_low=-?[0-9.]+ ci95_high=-?[0-9.]+ rounds=3");
    }

    @Test
    void benchOverheadCanRunEveryWorkerJvmOnOneCpuAndTheTasksOutOfLaneOrder() {
        assumeTrue(new File("/usr/bin/taskset").canExecute() || new File("/bin/taskset").canExecute(), "taskset (util-linux) is needed");
        CliRunner.Result r = cli("bench", "overhead", "--rounds", "2", "--jvms", "1", "--warmups", "0", "--tasks", "5", "--awaits", "50", "--one-cpu", "0");
        assertThat(r.exit()).as(String.join("\n", r.err())).isZero();
        assertThat(r.out().get(0)).endsWith("every thread of every JVM on CPU 0");
        CliRunner.Result shuffled = cli("bench", "overhead", "--rounds", "1", "--jvms", "1", "--warmups", "0", "--tasks", "5", "--awaits", "50", "--shuffled");
        assertThat(shuffled.exit()).as(String.join("\n", shuffled.err())).isZero();
        assertThat(shuffled.out().get(0)).contains("5 tasks x 50 awaits a run, tasks out of lane order;");
        assertThat(r.out()).filteredOn(l -> l.startsWith("round ")).hasSize(2);
        assertThat(r.lastOut()).matches("tracing_overhead_pct_median=-?[0-9.]+ ci95_low=-?[0-9.]+ ci95_high=-?[0-9.]+ rounds=2");
    }

    @Test
    void benchOverheadRefusesBadSettingsBeforeStartingAnyJvm() {
        assertThat(cli("bench", "overhead", "--rounds", "2", "--jvms", "3").err())
                .containsExactly("loopscope: --jvms (3) cannot exceed --rounds (2)");
        assertThat(cli("bench", "overhead", "--pin-cpu", "4096").err()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("loopscope: --pin-cpu must be -1 or a CPU from 0 to "));
        assertThat(cli("bench", "overhead", "--one-cpu", "-2").err()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("loopscope: --one-cpu must be -1 or a CPU from 0 to "));
        assertThat(cli("bench", "overhead", "--one-cpu", "0", "--pin-cpu", "0").err())
                .containsExactly("loopscope: --one-cpu and --pin-cpu place the same threads: give one of them");
        assertThat(cli("bench", "overhead", "--against", dir.resolve("none.jar").toString()).err()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("loopscope: --against: no such file: "));
        assertThat(cli("bench", "overhead", "--rounds", "0").exit()).isEqualTo(2);
    }

    @Test
    void benchOverheadSaysWhichWorkerJvmEndedWhenAnotherBuildCannotRunIt() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("old.jar"), "not a jar");
        CliRunner.Result r = cli("bench", "overhead", "--rounds", "1", "--jvms", "1", "--warmups", "0", "--tasks", "2", "--awaits", "10",
                "--against", notAJar.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("loopscope: the base_off worker JVM ended (exit code 1").contains("SwitchWorker"));
    }

    @Test
    void benchScaleSaysWhatItWarmedUpAndRefusesANegativeWarmUp() {
        CliRunner.Result r = cli("bench", "scale", "--requests", "200", "--warmups", "2");
        assertThat(r.out()).filteredOn(l -> l.startsWith("warmup ")).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("warmup \\d: 200 requests in [0-9.]+ s"));
        CliRunner.Result bad = cli("bench", "scale", "--warmups", "-1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).singleElement().satisfies(l -> assertThat(l).isEqualTo("loopscope: --warmups must be at least 0, got -1"));
    }

    @Test
    void theGalleryHasEveryPatternAsPngAndSvg() throws IOException {
        Path out = dir.resolve("gallery");
        CliRunner.Result r = cli("gallery", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(out.resolve("gather.png")).exists();
        assertThat(out.resolve("nested_run.svg")).exists();
        assertThat(out.resolve("sequential-vs-gather.png")).exists();
        assertThat(Files.readString(out.resolve("README.md"))).contains("![semaphore](semaphore.png)");
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(16 + 2);
        }
    }
}
