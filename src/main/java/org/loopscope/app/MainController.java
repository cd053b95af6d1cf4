package org.loopscope.app;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.loopscope.export.ChromeTraceReader;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;

/**
 * The main window's controller: creates the view model, binds the toolbar, parameters, chart area
 * and status bar to it, and drives it once per frame. It holds no state of its own.
 */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private Button runButton;
    @FXML private Button pauseButton;
    @FXML private Button stepButton;
    @FXML private Button restartButton;
    @FXML private Button stopButton;
    @FXML private SegmentedButton clockChoice;
    @FXML private ToggleButton realClockButton;
    @FXML private ToggleButton virtualClockButton;
    @FXML private Slider rateSlider;
    @FXML private Label rateLabel;
    @FXML private ToggleButton compareToggle;
    @FXML private ComboBox<Pattern> comparePatternBox;
    @FXML private ToggleButton largeFontToggle;
    @FXML private ToggleButton arrowsToggle;
    @FXML private ToggleButton calloutsToggle;
    @FXML private ToggleButton darkThemeToggle;
    @FXML private WrappingRow paramEditors;
    @FXML private Label paramError;
    @FXML private StackPane chartHost;
    @FXML private Label runStateLabel;
    @FXML private Label loopTimeLabel;
    @FXML private Label tasksLabel;
    @FXML private Label stallsLabel;
    @FXML private Label warningsLabel;
    @FXML private Label runMessageLabel;
    @FXML private Label fileMessageLabel;
    @FXML private FileMenuController fileMenuController;
    @FXML private BrowserController browserController;
    @FXML private SidePanelController sideController;

    private final MainViewModel viewModel = new MainViewModel(PatternRegistry.all());
    // Exports and trace reads, one at a time, off the FX thread; a daemon, so closing the window never waits for a disk.
    private final ExecutorService fileWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loopscope-files");
        t.setDaemon(true);
        return t;
    });
    private final FilesViewModel files = new FilesViewModel(viewModel, SettingsStore.user(), fileWorker,
            Platform::runLater, new ChromeTraceReader());
    private ChartArea charts;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.pulse();
            charts.pulse();
        }
    };

    @FXML
    private void initialize() {
        browserController.bind(viewModel);
        sideController.bind(viewModel);
        charts = new ChartArea(chartHost, viewModel);
        new ParamEditors(paramEditors, viewModel.params()).bind();
        paramError.textProperty().bind(viewModel.params().messageProperty());
        bindRunButtons();
        bindClock();
        bindCompare();
        bindLook();
        bindStatus();
        fileMenuController.bind(files, viewModel, charts.mainChart());
        fileMenuController.installDrop(root);
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
    }

    /** The window's state, for the application (command-line options) and tests. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    public ChartArea charts() {
        return charts;
    }

    /** Export and open, for the application (--open) and tests. */
    public FilesViewModel files() {
        return files;
    }

    FileMenuController fileMenu() {
        return fileMenuController;
    }

    private void bindRunButtons() {
        var state = viewModel.runStateProperty();
        var active = Bindings.createBooleanBinding(() -> state.get().isActive(), state);
        // A trace file on screen is read-only: nothing to run until a pattern is picked again.
        var viewing = viewModel.openedTraceProperty().isNotNull();
        var cannotRun = viewModel.params().validProperty().not().or(viewing);
        runButton.disableProperty().bind(cannotRun);
        stepButton.disableProperty().bind(cannotRun);
        restartButton.disableProperty().bind(cannotRun);
        paramEditors.disableProperty().bind(viewing);
        compareToggle.disableProperty().bind(viewing);
        pauseButton.disableProperty().bind(active.not());
        stopButton.disableProperty().bind(active.not());
        pauseButton.textProperty().bind(Bindings.createStringBinding(
                () -> state.get() == RunState.PAUSED ? "Resume" : "Pause", state));
    }

    private void bindClock() {
        clockChoice.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a clock is always chosen
            } else if (!viewModel.compareModeProperty().get()) {
                viewModel.clockProperty().set(now == virtualClockButton ? ClockKind.VIRTUAL : ClockKind.REAL);
            }
        });
        viewModel.clockProperty().addListener((obs, old, clock) -> selectClockButton());
        viewModel.compareModeProperty().addListener((obs, old, on) -> selectClockButton());
        selectClockButton();
        clockChoice.disableProperty().bind(viewModel.compareModeProperty().or(viewModel.openedTraceProperty().isNotNull()));
        rateSlider.valueProperty().bindBidirectional(viewModel.rateProperty());
        rateSlider.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.clockProperty().get() == ClockKind.VIRTUAL || viewModel.compareModeProperty().get()
                        || viewModel.openedTraceProperty().get() != null,
                viewModel.clockProperty(), viewModel.compareModeProperty(), viewModel.openedTraceProperty()));
        rateLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.1f×", viewModel.rateProperty().get()), viewModel.rateProperty()));
    }

    /** Shows the clock the next run will use: compare mode always runs on the virtual clock. */
    private void selectClockButton() {
        boolean virtual = viewModel.compareModeProperty().get() || viewModel.clockProperty().get() == ClockKind.VIRTUAL;
        (virtual ? virtualClockButton : realClockButton).setSelected(true);
    }

    private void bindCompare() {
        compareToggle.selectedProperty().bindBidirectional(viewModel.compareModeProperty());
        comparePatternBox.getItems().setAll(viewModel.browser().allPatterns());
        comparePatternBox.valueProperty().bindBidirectional(viewModel.comparePatternProperty());
        comparePatternBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pattern p) {
                return p == null ? "" : p.title();
            }

            @Override
            public Pattern fromString(String text) {
                return null;
            }
        });
        comparePatternBox.visibleProperty().bind(viewModel.compareModeProperty());
        comparePatternBox.managedProperty().bind(viewModel.compareModeProperty());
    }

    private void bindLook() {
        for (var chart : java.util.List.of(charts.mainChart(), charts.compareChart())) {
            chart.showArrowsProperty().bind(arrowsToggle.selectedProperty());
            chart.showCalloutsProperty().bind(calloutsToggle.selectedProperty());
        }
        darkThemeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        largeFontToggle.selectedProperty().bindBidirectional(viewModel.largeFontProperty());
        viewModel.darkThemeProperty().addListener((obs, old, dark) -> Themes.apply(root.getScene(), dark));
        viewModel.largeFontProperty().addListener((obs, old, large) -> Themes.setLargeText(root, large));
    }

    private void bindStatus() {
        StatusViewModel status = viewModel.status();
        var state = viewModel.runStateProperty();
        var trace = viewModel.openedTraceProperty();
        runStateLabel.textProperty().bind(Bindings.createStringBinding(
                () -> trace.get() != null ? "Trace file" : state.get().title(), state, trace));
        state.addListener((obs, old, now) -> {
            runStateLabel.pseudoClassStateChanged(Themes.stateClass(old), false);
            runStateLabel.pseudoClassStateChanged(Themes.stateClass(now), true);
        });
        runStateLabel.pseudoClassStateChanged(Themes.stateClass(state.get()), true);
        loopTimeLabel.textProperty().bind(Bindings.concat("Loop time ", status.loopTimeProperty()));
        tasksLabel.textProperty().bind(Bindings.format("Tasks alive %d · ready %d · waiting %d",
                status.aliveProperty(), status.readyProperty(), status.waitingProperty()));
        stallsLabel.textProperty().bind(Bindings.format("Stalls %d", status.stallsProperty()));
        warningsLabel.textProperty().bind(Bindings.format("Warnings %d", status.warningsProperty()));
        runMessageLabel.textProperty().bind(viewModel.runMessageProperty());
        fileMessageLabel.textProperty().bind(files.messageProperty());
        for (Label message : new Label[] {runMessageLabel, fileMessageLabel}) {
            message.managedProperty().bind(message.textProperty().isNotEmpty()); // no empty line in the status bar
        }
    }

    private void attach(Scene scene) {
        if (scene == null) {
            frames.stop();
            return;
        }
        Themes.apply(scene, viewModel.darkThemeProperty().get());
        Themes.setLargeText(root, viewModel.largeFontProperty().get());
        new KeyboardShortcuts(viewModel, charts, Platform::exit).install(scene);
        scene.windowProperty().addListener((obs, old, window) -> showTitle(window));
        showTitle(scene.getWindow());
        frames.start();
    }

    /** The window's title names an opened trace file. */
    private void showTitle(Window window) {
        if (window instanceof Stage stage) {
            stage.titleProperty().bind(viewModel.windowTitleProperty());
        }
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void togglePause() {
        viewModel.togglePause();
    }

    @FXML
    private void step() {
        viewModel.step();
    }

    @FXML
    private void restart() {
        viewModel.restart();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void zoomIn() {
        charts.zoomIn();
    }

    @FXML
    private void zoomOut() {
        charts.zoomOut();
    }

    @FXML
    private void fit() {
        charts.fit();
    }

    @FXML
    private void resetParams() {
        viewModel.params().resetAll();
    }

    /** The window is closing: end every run and stop drawing. */
    public void shutdown() {
        frames.stop();
        viewModel.shutdown();
        fileWorker.shutdown();
    }
}
