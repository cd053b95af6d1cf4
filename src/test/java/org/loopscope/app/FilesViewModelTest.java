package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.export.ChromeTraceReader;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.Lane;
import org.loopscope.trace.TraceModel;

/**
 * File › Export and File › Open without a window. The "background" executor is a queue the test
 * runs by hand, so it can see that nothing touches the disk on the calling (FX) thread.
 */
class FilesViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel window = new MainViewModel(PatternRegistry.all());
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Executor fx = Runnable::run;
    private SettingsStore settings;
    private FilesViewModel files;

    private FilesViewModel files() {
        if (files == null) {
            settings = new SettingsStore(dir.resolve("config/settings.properties"));
            files = new FilesViewModel(window, settings, background::add, fx, new ChromeTraceReader());
        }
        return files;
    }

    @AfterEach
    void endRuns() {
        window.shutdown();
    }

    private void runBackground() {
        Runnable job;
        while ((job = background.poll()) != null) {
            job.run();
        }
    }

    private void finishedRun(String patternId) throws InterruptedException {
        window.selectedPatternProperty().set(PatternRegistry.require(patternId));
        window.clockProperty().set(ClockKind.VIRTUAL);
        window.run();
        pulseUntil(() -> window.runState() == RunState.FINISHED);
    }

    private void pulseUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in 5 s").isLessThan(deadline);
            Thread.sleep(5);
            window.pulse();
        }
    }

    @Test
    void exportsWriteOffTheCallingThreadThenReportAndRememberTheFolder() throws Exception {
        // given: a finished gather run, PNG at 2×
        finishedRun("gather");
        files().png().useScale(2);
        Path out = Files.createDirectory(dir.resolve("slides"));
        // when: PNG, SVG and the trace are exported (a name without extension gets one)
        files().export(ExportKind.PNG, out.resolve("gather.png"), true, true);
        files().export(ExportKind.SVG, out.resolve("gather"), true, true);
        files().export(ExportKind.TRACE, out.resolve("gather.json"), true, true);
        // then: nothing is written before the background runs; the status says what is going on
        assertThat(out.resolve("gather.png")).doesNotExist();
        assertThat(files().busyProperty().get()).isTrue();
        assertThat(files().messageProperty().get()).isEqualTo("Exporting gather.json…");
        runBackground();
        assertThat(files().busyProperty().get()).isFalse();
        assertThat(files().messageProperty().get()).isEqualTo("Saved gather.json in " + out);
        // and: the PNG decodes at 2 × 1200 px, the SVG is well-formed XML, the trace reads back with gather's lanes
        BufferedImage png = ImageIO.read(out.resolve("gather.png").toFile());
        assertThat(png.getWidth()).isEqualTo(2400);
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("gather.svg").toFile());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        TraceModel back = new ChromeTraceReader().read(out.resolve("gather.json"));
        assertThat(back.lanes()).extracting(Lane::name).containsExactly("loop", "main", "fetch(url1)", "fetch(url2)", "fetch(url3)");
        // and: the folder is remembered, in the settings file too
        assertThat(files().startFolder()).isEqualTo(out);
        assertThat(new SettingsStore(settings.file()).get(FilesViewModel.FOLDER_KEY)).contains(out.toString());
        assertThat(files().problemProperty().get()).isNull();
    }

    @Test
    void anUnwritableTargetReportsWhyWritesNothingAndKeepsTheRun() throws Exception {
        finishedRun("gather");
        TraceModel before = window.modelProperty().get();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        // when: the target's folder is a regular file (root may write anywhere, so permissions would not do)
        files().export(ExportKind.PNG, notAFolder.resolve("gather.png"), true, true);
        runBackground();
        // then: an error for the dialog, the reason in the status, no file, the run untouched
        FileProblem problem = files().problemProperty().get();
        assertThat(problem.title()).isEqualTo("Could not export gather.png");
        assertThat(problem.message()).contains("is a file, not a directory");
        assertThat(files().messageProperty().get()).startsWith("Could not export gather.png: ");
        assertThat(notAFolder.resolve("gather.png")).doesNotExist();
        assertThat(window.modelProperty().get()).isSameAs(before);
        assertThat(window.runState()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void aLiveRunIsExportedAsACopyAFinishedOneAsItIs() throws Exception {
        // given: a run started paused after one iteration (Step)
        window.selectedPatternProperty().set(PatternRegistry.require("gather"));
        window.clockProperty().set(ClockKind.VIRTUAL);
        window.step();
        pulseUntil(() -> window.modelProperty().get().laneCount() > 1);
        TraceModel live = window.modelProperty().get();
        // then: the export gets a copy it can read on another thread while the FX thread grows the live one
        TraceModel copy = ExportSource.model(window);
        assertThat(copy).isNotSameAs(live);
        assertThat(copy.lanes()).isEqualTo(live.lanes());
        assertThat(copy.endNs()).isEqualTo(live.endNs());
        // when: the run ends, the model itself is handed over (no one changes it any more)
        window.resume();
        pulseUntil(() -> window.runState() == RunState.FINISHED);
        assertThat(ExportSource.model(window)).isSameAs(window.modelProperty().get());
    }

    @Test
    void compareModeExportsBothRunsStacked() throws Exception {
        window.selectedPatternProperty().set(PatternRegistry.require("gather"));
        window.comparePatternProperty().set(PatternRegistry.require("sequential"));
        window.compareModeProperty().set(true);
        window.run();
        pulseUntil(() -> window.runState() == RunState.FINISHED);
        TraceModel stacked = ExportSource.model(window);
        assertThat(stacked.lanes()).extracting(Lane::name).contains("gather · fetch(url1)", "sequential · main");
        assertThat(stacked.endNs()).isEqualTo(3_000_000_000L);
        assertThat(files().suggestedFileName(ExportKind.PNG)).isEqualTo("gather-vs-sequential.png");
    }

    @Test
    void openingALoopscopeTraceShowsItReadOnly() throws Exception {
        Path trace = TraceFiles.loopscope(dir, "gather");
        // when
        files().open(trace);
        assertThat(window.openedTraceProperty().get()).isNull(); // read on the background
        runBackground();
        // then: the chart's model is the file's, no run, the run commands do nothing
        OpenedTrace opened = window.openedTraceProperty().get();
        assertThat(opened.fileName()).isEqualTo("gather.json");
        assertThat(window.modelProperty().get()).isSameAs(opened.model());
        assertThat(window.modelProperty().get().lanes()).extracting(Lane::name).contains("fetch(url3)");
        assertThat(window.windowTitleProperty().get()).isEqualTo("Loopscope — gather.json (read-only)");
        assertThat(window.runMessageProperty().get()).startsWith("Viewing gather.json, read-only");
        assertThat(window.status().loopTimeProperty().get()).isEqualTo("1.000 s");
        assertThat(window.about().pointsTitleProperty().get()).isEqualTo("Lanes");
        assertThat(window.about().points()).contains("fetch(url1) — 1 bar");
        assertThat(window.code().python()).isNotEmpty(); // the pattern it was recorded from
        assertThat(window.sideTabProperty().get()).isEqualTo("about");
        window.run();
        window.step();
        assertThat(window.session()).isNull();
        assertThat(window.runState()).isEqualTo(RunState.IDLE);
        // and: a suggested export name from the file
        assertThat(files().suggestedFileName(ExportKind.PNG)).isEqualTo("gather.png");
        assertThat(files().messageProperty().get()).isEmpty();
        assertThat(window.modelProperty().get().meta().title()).isNotEqualTo("gather.json"); // its own title, the pattern's
    }

    @Test
    void aForeignTraceShowsItsThreadsAndNoCode() throws Exception {
        files().open(TraceFiles.foreign(dir));
        runBackground();
        assertThat(window.modelProperty().get().lanes()).extracting(Lane::name).containsExactly("MainThread", "Thread-1");
        assertThat(window.code().python()).isEmpty();
        assertThat(window.modelProperty().get().meta().title()).isEqualTo("viz.json"); // not the whole path
        assertThat(window.about().textProperty().get()).startsWith("viz.json").contains("another tool").contains("2 lanes");
        assertThat(window.about().points()).containsExactly("MainThread — 5 bars", "Thread-1 — 3 bars");
    }

    @Test
    void aBrokenFileIsReportedAndTheWindowStaysAsItWas() throws Exception {
        // given: a finished run on screen
        finishedRun("gather");
        TraceModel before = window.modelProperty().get();
        for (Path bad : List.of(TraceFiles.truncated(dir), TraceFiles.wrongType(dir), dir.resolve("missing.json"), dir)) {
            // when
            files().open(bad);
            runBackground();
            // then: the reader's own one-line message, and the run still shown
            FileProblem problem = files().problemProperty().get();
            assertThat(problem.title()).startsWith("Could not open ");
            assertThat(problem.message()).as(bad.toString()).startsWith(bad.toString()).doesNotContain("\n");
            assertThat(window.modelProperty().get()).isSameAs(before);
            assertThat(window.openedTraceProperty().get()).isNull();
            assertThat(window.runState()).isEqualTo(RunState.FINISHED);
        }
        assertThat(files().problemProperty().get().message()).contains("is a directory");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        FilesViewModel small = new FilesViewModel(window, SettingsStore.inMemory(), background::add, fx,
                new ChromeTraceReader(org.loopscope.export.ReadLimits.defaults().withMaxBytes(100)));
        small.open(TraceFiles.foreign(dir));
        runBackground();
        assertThat(small.problemProperty().get().message()).contains("larger than the limit of");
        assertThat(window.openedTraceProperty().get()).isNull();
    }

    @Test
    void aBrokenFileLeavesAnOpenedTraceOnScreen() throws Exception {
        files().open(TraceFiles.foreign(dir));
        runBackground();
        OpenedTrace shown = window.openedTraceProperty().get();
        files().open(TraceFiles.truncated(dir));
        runBackground();
        assertThat(files().problemProperty().get().message()).contains("cut off");
        assertThat(window.openedTraceProperty().get()).isSameAs(shown);
        assertThat(window.modelProperty().get()).isSameAs(shown.model());
    }

    @Test
    void pickingAPatternLeavesTheTraceEvenTheOneSelectedBefore() throws Exception {
        var gather = PatternRegistry.require("gather");
        window.selectedPatternProperty().set(gather);
        files().open(TraceFiles.foreign(dir));
        runBackground();
        // when: the same pattern is picked again
        window.choosePattern(gather);
        // then: back to the pattern, ready to run
        assertThat(window.openedTraceProperty().get()).isNull();
        assertThat(window.modelProperty().get()).isNull();
        assertThat(window.windowTitleProperty().get()).isEqualTo(TraceViewing.APP_TITLE);
        assertThat(window.about().pointsTitleProperty().get()).isEqualTo("What to notice");
        assertThat(window.code().python()).isNotEmpty();
        window.clockProperty().set(ClockKind.VIRTUAL);
        window.run();
        assertThat(window.runState()).isEqualTo(RunState.RUNNING);
    }

    @Test
    void aDropOpensTheFirstJsonFile() throws Exception {
        Path viz = TraceFiles.foreign(dir);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(files().openDropped(List.of())).isFalse();
        assertThat(files().openDropped(List.of(notes, viz))).isTrue();
        runBackground();
        assertThat(window.openedTraceProperty().get().file()).isEqualTo(viz);
    }

    @Test
    void theStartFolderFallsBackToHomeWhenTheRememberedOneIsGone() throws IOException {
        assertThat(files().startFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        settings.put(FilesViewModel.FOLDER_KEY, dir.resolve("gone").toString());
        assertThat(files().startFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        settings.put(FilesViewModel.FOLDER_KEY, dir.toString());
        assertThat(files().startFolder()).isEqualTo(dir);
    }

    @Test
    void nothingToExportBeforeARun() {
        files().export(ExportKind.PNG, dir.resolve("x.png"), true, true);
        assertThat(background).isEmpty();
        assertThat(files().messageProperty().get()).startsWith("Nothing to export yet");
    }

    @Test
    void anExtensionIsAddedOnlyWhenTheNameHasNone() {
        assertThat(FilesViewModel.withExtension(Path.of("/t/chart"), ExportKind.SVG)).isEqualTo(Path.of("/t/chart.svg"));
        assertThat(FilesViewModel.withExtension(Path.of("/t/chart.PNG"), ExportKind.PNG)).isEqualTo(Path.of("/t/chart.PNG"));
    }
}
