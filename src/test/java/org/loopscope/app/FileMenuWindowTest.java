package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.gantt.GanttChart;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.trace.Lane;

/**
 * The File menu in the real window: exports by shortcut and by menu, PNG options from the
 * submenu, opening a trace (Ctrl+O, a drop), a broken file and an unwritable folder. The native
 * file dialogs cannot be driven headless, so {@link Answers} stands in for them and records
 * which folder each dialog was started in.
 */
class FileMenuWindowTest extends WindowTestBase {
    @TempDir
    static Path dir; // a static @TempDir is ready before @BeforeAll; one per class

    private final Answers answers = new Answers();

    /** Stands in for the file dialogs: answers in order, remembers the folders it was offered. */
    static final class Answers implements FileDialogs {
        final Deque<Path> paths = new ArrayDeque<>();
        final List<Path> offeredFolders = new ArrayList<>();
        final List<String> offeredNames = new ArrayList<>();
        final Deque<String> widths = new ArrayDeque<>();
        final List<String> widthProblems = new ArrayList<>();

        @Override
        public Path chooseExportTarget(Window owner, ExportKind kind, Path folder, String fileName) {
            offeredFolders.add(folder);
            offeredNames.add(fileName);
            return paths.poll();
        }

        @Override
        public Path chooseTrace(Window owner, Path folder) {
            offeredFolders.add(folder);
            return paths.poll();
        }

        @Override
        public String askWidth(Window owner, String current, String problem) {
            widthProblems.add(problem);
            return widths.poll();
        }
    }

    @BeforeAll
    void answerTheDialogs() {
        onFx(() -> {
            controller.files().useSettings(new SettingsStore(dir.resolve("config/settings.properties")));
            controller.fileMenu().useDialogs(answers);
        });
    }

    @BeforeEach
    void freshAnswers() {
        answers.paths.clear();
        answers.offeredFolders.clear();
        answers.offeredNames.clear();
        answers.widths.clear();
        answers.widthProblems.clear();
    }

    private void runGather() {
        onFx(() -> viewModel().choosePattern(PatternRegistry.require("gather")));
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
    }

    private void shortcut(KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        push(all);
    }

    /** A menu item by its text, in the popup that is showing (closed menus keep their nodes, out of any scene). */
    private void clickOnMenuText(String text) {
        waitUntil(2_000, () -> lookup(menuText(text)).tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // a popup lays out its items once more as it shows
        // sideways first: from a submenu's title straight into the submenu, not across the items under it
        clickOn(lookup(menuText(text)).<javafx.scene.Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST,
                javafx.scene.input.MouseButton.PRIMARY);
    }

    private static java.util.function.Predicate<javafx.scene.Node> menuText(String text) {
        return n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private String fileMessage() {
        return onFx(() -> lookup("#fileMessageLabel").queryAs(Label.class).getText());
    }

    private GanttChart chart() {
        return lookup("#mainChart").queryAs(GanttChart.class);
    }

    private List<String> chartLanes() {
        return onFx(() -> chart().getModel().lanes().stream().map(Lane::name).toList());
    }

    /** Waits for the error dialog, returns its text and closes it. */
    private String problemDialogText() {
        waitUntil(5_000, () -> lookup("#fileProblemDialog").tryQuery().isPresent());
        DialogPane pane = lookup("#fileProblemDialog").queryAs(DialogPane.class);
        String text = onFx(() -> pane.getHeaderText() + " | " + pane.getContentText());
        onFx(() -> pane.getScene().getWindow().hide());
        waitUntil(2_000, () -> lookup("#fileProblemDialog").tryQuery().isEmpty());
        return text;
    }

    @Test
    void exportsByShortcutAndMenuIntoTheRememberedFolder() throws Exception {
        // given: a finished gather run, and the slides folder the teacher will pick
        runGather();
        Path slides = Files.createDirectory(dir.resolve("slides"));
        // when: Ctrl+E, the file dialog answered with slides/gather.png
        answers.paths.add(slides.resolve("gather.png"));
        shortcut(KeyCode.E);
        // then: the PNG is written off the FX thread and the status line says so
        waitUntil(10_000, () -> fileMessage().startsWith("Saved gather.png"));
        assertThat(answers.offeredNames).containsExactly("gather.png");
        assertThat(ImageIO.read(slides.resolve("gather.png").toFile()).getWidth()).isEqualTo(1200);

        // when: 2× is chosen in File › PNG options, then Ctrl+E again
        clickOn("#fileMenu");
        clickOnMenuText("PNG options");
        clickOnMenuText("2× (2400 px wide, sharp on slides)");
        waitUntil(2_000, () -> controller.files().png().scaleProperty().get() == 2);
        answers.paths.add(slides.resolve("gather-2x.png"));
        shortcut(KeyCode.E);
        waitUntil(10_000, () -> fileMessage().startsWith("Saved gather-2x.png"));
        BufferedImage sharp = ImageIO.read(slides.resolve("gather-2x.png").toFile());
        assertThat(sharp.getWidth()).isEqualTo(2400);

        // when: Ctrl+Shift+E writes the SVG, the menu item the trace
        answers.paths.add(slides.resolve("gather.svg"));
        shortcut(KeyCode.SHIFT, KeyCode.E);
        waitUntil(10_000, () -> fileMessage().startsWith("Saved gather.svg"));
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(slides.resolve("gather.svg").toFile());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        answers.paths.add(slides.resolve("gather.json"));
        clickOn("#fileMenu");
        clickOnMenuText("Export trace (JSON)…");
        waitUntil(10_000, () -> fileMessage().startsWith("Saved gather.json"));
        assertThat(Files.readString(slides.resolve("gather.json"))).contains("\"fetch(url3)\"");

        // then: after the first export every dialog started in the slides folder
        assertThat(answers.offeredFolders).hasSize(4);
        assertThat(answers.offeredFolders.subList(1, 4)).containsOnly(slides);
        assertThat(answers.offeredNames).containsExactly("gather.png", "gather.png", "gather.svg", "gather.json");
        // and: the run is untouched
        assertThat(runState()).isEqualTo(RunState.FINISHED);

        // when: File › PNG options › Width… is answered with a width too small, then with 1920
        answers.widths.addAll(List.of("50", "1920"));
        clickOn("#fileMenu");
        clickOnMenuText("PNG options");
        clickOnMenuText("Width…");
        // then: the second question said why, and the next PNG is 1920 px wide
        waitUntil(2_000, () -> controller.files().png().imageWidth() == 1920);
        assertThat(answers.widthProblems).containsExactly(null, "the width must be 200 to 16000 pixels");
        answers.paths.add(slides.resolve("gather-1920.png"));
        shortcut(KeyCode.E);
        waitUntil(10_000, () -> fileMessage().startsWith("Saved gather-1920.png"));
        assertThat(ImageIO.read(slides.resolve("gather-1920.png").toFile()).getWidth()).isEqualTo(1920);
        onFx(() -> controller.files().png().useScale(1));
    }

    @Test
    void anUnwritableFolderGivesAnErrorAndNoFile() throws Exception {
        runGather();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
        answers.paths.add(notAFolder.resolve("gather.png"));
        shortcut(KeyCode.E);
        assertThat(problemDialogText()).startsWith("Could not export gather.png | ").contains("is a file, not a directory");
        assertThat(fileMessage()).startsWith("Could not export gather.png: ");
        assertThat(notAFolder.resolve("gather.png")).doesNotExist();
        assertThat(runState()).isEqualTo(RunState.FINISHED);
        assertThat(chartLanes()).contains("fetch(url3)");
    }

    @Test
    void anOpenedTraceIsShownReadOnlyAndABrokenOneChangesNothing() throws Exception {
        // given: a finished run
        runGather();
        // when: Ctrl+O picks a foreign (VizTracer-like) trace
        answers.paths.add(TraceFiles.foreign(dir));
        shortcut(KeyCode.O);
        // then: its threads on the chart, the run controls disabled, the file in the title, no pattern selected
        waitUntil(5_000, () -> chart().getModel() != null && chart().getModel().laneCount() == 2);
        assertThat(chartLanes()).containsExactly("MainThread", "Thread-1");
        assertThat(lookup("#runButton").query().isDisabled()).isTrue();
        assertThat(lookup("#stepButton").query().isDisabled()).isTrue();
        assertThat(lookup("#compareToggle").query().isDisabled()).isTrue();
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("Loopscope — viz.json (read-only)");
        assertThat(onFx(() -> lookup("#patternTree").queryAs(TreeView.class).getSelectionModel().getSelectedItem())).isNull();
        assertThat(onFx(() -> lookup("#noticeTitle").queryAs(Label.class).getText())).isEqualTo("Lanes");
        assertThat(onFx(() -> lookup("#runStateLabel").queryAs(Label.class).getText())).isEqualTo("Trace file");
        assertThat(onFx(() -> lookup("#explanation").queryAs(Label.class).getText())).startsWith("viz.json");
        // and: Space does not start a run
        push(KeyCode.SPACE);
        assertThat(runState()).isEqualTo(RunState.IDLE);

        // when: a truncated file is opened
        var shown = onFx(() -> chart().getModel());
        Path cut = TraceFiles.truncated(dir);
        answers.paths.add(cut);
        shortcut(KeyCode.O);
        // then: the reader's message in a dialog, and the trace still on screen
        assertThat(problemDialogText()).startsWith("Could not open cut.json | " + cut).contains("cut off");
        assertThat(onFx(() -> chart().getModel())).isSameAs(shown);
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("Loopscope — viz.json (read-only)");

        // when: a Loopscope trace is dropped on the window
        Path gather = TraceFiles.loopscope(dir, "gather");
        assertThat(onFx(() -> controller.fileMenu().drop(List.of(gather.toFile())))).isTrue();
        waitUntil(5_000, () -> chart().getModel().laneCount() == 5);
        assertThat(onFx(() -> stage.getTitle())).isEqualTo("Loopscope — gather.json (read-only)");

        // when: a pattern is picked in the browser
        clickOn(lookup(".pattern-cell").match((javafx.scene.control.TreeCell<?> c) -> c.isVisible()
                && "asyncio.gather: three fetches at once".equals(c.getText())).<javafx.scene.Node>query());
        // then: back to running patterns
        waitUntil(2_000, () -> !lookup("#runButton").query().isDisabled());
        assertThat(onFx(() -> stage.getTitle())).isEqualTo(TraceViewing.APP_TITLE);
        assertThat(onFx(() -> viewModel().openedTraceProperty().get())).isNull();
    }
}
