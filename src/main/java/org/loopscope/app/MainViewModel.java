package org.loopscope.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.TraceModel;

/**
 * The main window's state and commands, without a single Node: which pattern is selected, its
 * parameters, the run (state, live trace model, console, warnings, inspector, status figures),
 * the clock and its rate, compare mode, and the look (theme, large font) — or, instead of a run,
 * a trace file shown read-only ({@link #showTrace}).
 *
 * <p>All of it belongs to the FX thread. The view calls {@link #pulse()} once per frame; that is
 * the only place the runs' progress is read, so the FX thread never waits on a loop.
 */
public final class MainViewModel {
    public static final double MIN_RATE = 0.1;
    public static final double MAX_RATE = 2.0;

    private final PatternBrowserViewModel browser;
    private final ParamsViewModel params = new ParamsViewModel();
    private final CodeViewModel code = new CodeViewModel();
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final StatusViewModel status = new StatusViewModel();
    private final AboutViewModel about = new AboutViewModel();
    private final ObjectProperty<Pattern> selectedPattern = new SimpleObjectProperty<>(this, "selectedPattern");
    private final ObjectProperty<Pattern> comparePattern = new SimpleObjectProperty<>(this, "comparePattern");
    private final ObjectProperty<ClockKind> clock = new SimpleObjectProperty<>(this, "clock", ClockKind.REAL);
    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 1.0);
    private final BooleanProperty compareMode = new SimpleBooleanProperty(this, "compareMode");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanProperty largeFont = new SimpleBooleanProperty(this, "largeFont");
    private final IntegerProperty selectedLane = new SimpleIntegerProperty(this, "selectedLane", -1);
    private final ReadOnlyObjectWrapper<RunState> runState = new ReadOnlyObjectWrapper<>(this, "runState", RunState.IDLE);
    private final ReadOnlyObjectWrapper<TraceModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<TraceModel> compareModel = new ReadOnlyObjectWrapper<>(this, "compareModel");
    private final ReadOnlyObjectWrapper<FocusRequest> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final ReadOnlyStringWrapper runMessage = new ReadOnlyStringWrapper(this, "runMessage", "");
    private final TraceViewing viewing = new TraceViewing(about, code);
    private final ConsoleViewModel output = new ConsoleViewModel();
    private final StringProperty sideTab = new SimpleStringProperty(this, "sideTab");
    private final RunPair runs = new RunPair();
    private String laneToSelect;

    public MainViewModel(List<Pattern> patterns) {
        browser = new PatternBrowserViewModel(patterns);
        selectedPattern.addListener((obs, old, p) -> patternChanged(p));
        compareMode.addListener((obs, old, on) -> stopAndClear());
        comparePattern.addListener((obs, old, p) -> stopAndClear());
        rate.addListener((obs, old, r) -> applyRate(r.doubleValue()));
        selectedLane.addListener((obs, old, lane) -> highlightLane(lane.intValue()));
        if (!patterns.isEmpty()) {
            selectedPattern.set(patterns.get(0));
            comparePattern.set(patterns.size() > 1 ? patterns.get(1) : patterns.get(0));
        }
    }

    // ---- commands -------------------------------------------------------------------------

    /** Starts a fresh run of the selected pattern (and, in compare mode, of the second one). */
    public void run() {
        startRuns(false);
    }

    /** Space: runs when nothing runs, otherwise pauses or resumes. */
    public void runOrPause() {
        switch (runState.get()) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            default -> run();
        }
    }

    public void togglePause() {
        if (runState.get() == RunState.RUNNING) {
            pause();
        } else if (runState.get() == RunState.PAUSED) {
            resume();
        }
    }

    public void pause() {
        if (runState.get() == RunState.RUNNING) {
            runs.each(RunSession::pause);
            runState.set(RunState.PAUSED);
            runMessage.set("Paused: Step runs one loop iteration, Space resumes.");
        }
    }

    public void resume() {
        if (runState.get() == RunState.PAUSED) {
            runs.each(RunSession::resume);
            runState.set(RunState.RUNNING);
            runMessage.set("");
        }
    }

    /** Runs exactly one loop iteration, then pauses; with nothing running, starts a run paused first. */
    public void step() {
        if (!runState.get().isActive()) {
            if (!startRuns(true)) {
                return;
            }
        }
        runs.each(RunSession::step);
        runState.set(RunState.PAUSED);
    }

    public void restart() {
        stopSessions();
        run();
    }

    /** Ends the runs at once, even a task stuck in a blocking call; the window never waits for it. */
    public void stop() {
        if (runState.get().isActive()) {
            stopSessions();
            runState.set(RunState.STOPPED);
            runMessage.set("Stopped by you.");
        }
    }

    /** The window is closing: end every run. */
    public void shutdown() {
        stopSessions();
    }

    /** A click on a console or log line: select its lane and show its moment on the chart. */
    public void focus(ConsoleLine line) {
        if (line.run() == 0) {
            selectedLane.set(line.lane());
        }
        focusRequest.set(new FocusRequest(line.run(), line.lane(), line.timeNs()));
    }

    /** Selects the lane with this name as soon as a run shows it (for demos started from the command line). */
    public void selectLaneWhenItAppears(String laneName) {
        laneToSelect = laneName;
    }

    private void selectPendingLane(TraceModel m) {
        for (int lane = 0; laneToSelect != null && lane < m.laneCount(); lane++) {
            if (m.lane(lane).name().equals(laneToSelect)) {
                selectedLane.set(lane);
                laneToSelect = null;
            }
        }
    }

    /** Once per frame on the FX thread: grow the live models and show what happened since the last frame. */
    public void pulse() {
        RunSession session = runs.main();
        if (session == null) {
            return;
        }
        runs.pulseInto(output);
        status.update(session.model(), output.log().size());
        selectPendingLane(session.model());
        inspector.show(session.snapshot(), session.isFinished());
        if (runState.get().isActive() && runs.finished()) {
            runState.set(session.outcome().stopped() ? RunState.STOPPED : RunState.FINISHED);
            runMessage.set(RunPair.summary(session.outcome()));
        }
    }

    // ---- how runs start and end --------------------------------------------------------------

    private boolean startRuns(boolean paused) {
        Pattern pattern = selectedPattern.get();
        if (viewing.current() != null) {
            return false; // read-only: the run controls are disabled; picking a pattern leaves the trace
        }
        if (pattern == null || !params.isValid()) {
            runMessage.set(pattern == null ? "Pick a pattern first." : params.message());
            return false;
        }
        stopSessions();
        clearRunOutput();
        boolean comparing = isComparing();
        // Compare mode runs on the virtual clock: both runs finish at once, exact and repeatable,
        // so the two charts line up on one time axis however slow the real patterns are.
        PatternRun.Options options = comparing || clock.get() == ClockKind.VIRTUAL
                ? PatternRun.Options.virtual()
                : PatternRun.Options.real(rate.get());
        Params values = params.toParams();
        RunSession session = new RunSession(pattern, values, options).start(paused);
        code.showRunValues(pattern.params(), values);
        RunSession second = null;
        model.set(session.model());
        if (comparing) {
            Pattern other = comparePattern.get();
            second = new RunSession(other, Params.defaults(other.params()), options).start(paused);
            compareModel.set(second.model());
        }
        runs.set(session, second);
        runState.set(paused ? RunState.PAUSED : RunState.RUNNING);
        runMessage.set(paused ? "Paused: Step runs one loop iteration, Space resumes." : "");
        return true;
    }

    private boolean isComparing() {
        return compareMode.get() && comparePattern.get() != null;
    }

    private void stopSessions() {
        runs.each(RunSession::stop);
    }

    private void stopAndClear() {
        stopSessions();
        viewing.leave(selectedPattern.get());
        runs.clear();
        model.set(null);
        compareModel.set(null);
        clearRunOutput();
        runState.set(RunState.IDLE);
        runMessage.set("");
    }

    private void clearRunOutput() {
        output.clear();
        inspector.clear();
        status.clear();
        focusRequest.set(null);
        selectedLane.set(-1);
    }

    private void patternChanged(Pattern pattern) {
        stopAndClear();
        if (pattern != null) {
            params.load(pattern.params());
            code.show(pattern);
        }
        about.showPattern(pattern);
    }

    private void applyRate(double newRate) {
        double clamped = Math.max(MIN_RATE, Math.min(MAX_RATE, newRate));
        runs.setRate(clamped);
    }

    private void highlightLane(int lane) {
        TraceModel m = model.get();
        boolean run = m != null && viewing.current() == null;
        code.highlightTask(run && lane > 0 && lane < m.laneCount() ? m.lane(lane).name() : null);
    }

    // ---- a trace file instead of a run ---------------------------------------------------------

    /**
     * Shows a trace file read-only in place of the run: the run (if any) ends, the chart draws the
     * file, the run controls are disabled and the About tab describes the file. Picking a pattern
     * ({@link #choosePattern}) or {@link #closeTrace()} goes back to running patterns.
     */
    public void showTrace(OpenedTrace trace) {
        compareMode.set(false);
        stopAndClear();
        viewing.show(trace);
        model.set(trace.model());
        status.update(trace.model(), 0);
        runMessage.set("Viewing " + trace.fileName() + ", read-only (About has the details). Pick a pattern to run one.");
        sideTab.set(null);
        sideTab.set("about");
    }

    /** Back to the selected pattern, as before the trace was opened. */
    public void closeTrace() {
        if (viewing.current() != null) {
            stopAndClear();
        }
    }

    /** A pattern picked in the browser: leaves a shown trace, even when the pattern was already the selected one. */
    public void choosePattern(Pattern pattern) {
        closeTrace();
        selectedPattern.set(pattern);
    }

    // ---- state the view binds to -------------------------------------------------------------

    public PatternBrowserViewModel browser() {
        return browser;
    }

    public ParamsViewModel params() {
        return params;
    }

    public CodeViewModel code() {
        return code;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public StatusViewModel status() {
        return status;
    }

    public AboutViewModel about() {
        return about;
    }

    /** The trace file shown instead of a run, or null while patterns run. */
    public ReadOnlyObjectProperty<OpenedTrace> openedTraceProperty() {
        return viewing.traceProperty();
    }

    /** "Loopscope — see the event loop at work", or the opened file's name. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return viewing.titleProperty();
    }

    public ObjectProperty<Pattern> selectedPatternProperty() {
        return selectedPattern;
    }

    public ObjectProperty<Pattern> comparePatternProperty() {
        return comparePattern;
    }

    public ObjectProperty<ClockKind> clockProperty() {
        return clock;
    }

    public DoubleProperty rateProperty() {
        return rate;
    }

    public BooleanProperty compareModeProperty() {
        return compareMode;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty largeFontProperty() {
        return largeFont;
    }

    /** Lane selected on the main run's chart, or -1; its task's code is highlighted. */
    public IntegerProperty selectedLaneProperty() {
        return selectedLane;
    }

    public ReadOnlyObjectProperty<RunState> runStateProperty() {
        return runState.getReadOnlyProperty();
    }

    public RunState runState() {
        return runState.get();
    }

    /** The main run's live trace model, or null before the first run. */
    public ReadOnlyObjectProperty<TraceModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The compared run's live trace model (compare mode), or null. */
    public ReadOnlyObjectProperty<TraceModel> compareModelProperty() {
        return compareModel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** One sentence about the run: how it started or ended, or what to fix before it can start. */
    public ReadOnlyStringProperty runMessageProperty() {
        return runMessage.getReadOnlyProperty();
    }

    public ObservableList<ConsoleLine> console() {
        return output.console();
    }

    public ObservableList<ConsoleLine> log() {
        return output.log();
    }

    /** The side-panel tab to show ("inspector", "console", ...), or null to leave it as it is. */
    public StringProperty sideTabProperty() {
        return sideTab;
    }

    /** The main run (null before the first); the window reads nothing from it but its model. */
    RunSession session() {
        return runs.main();
    }

    RunSession compareSession() {
        return runs.compare();
    }
}
