package org.loopscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.loopscope.export.ChartImageExporter;
import org.loopscope.export.ChromeTraceReader;
import org.loopscope.export.ChromeTraceWriter;
import org.loopscope.export.ExportOptions;
import org.loopscope.export.LoadedTrace;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;

/**
 * File › Export and File › Open, without a Node: where the file dialogs start (the last folder
 * used, remembered in the {@link SettingsStore}), what an export is called, and the work itself.
 *
 * <p>Threads: every method is called on the FX thread, which owns the window's models. The
 * model to export is taken there ({@link ExportSource}: a live run is copied), then the file is
 * rendered and written on {@code background}; reading a trace happens there too. The outcome
 * comes back through {@code fx} (Platform.runLater in the app, run at once in tests), so the FX
 * thread never waits on a disk. A failure changes nothing but the message and {@link #problemProperty()}:
 * the run or the trace on screen stays as it was.
 */
public final class FilesViewModel {
    static final String FOLDER_KEY = "folder";

    private final MainViewModel window;
    private final Executor background;
    private final Executor fx;
    private final ChromeTraceReader reader;
    private final PngOptionsViewModel png = new PngOptionsViewModel();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<FileProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private SettingsStore settings;
    private int pending;

    public FilesViewModel(MainViewModel window, SettingsStore settings, Executor background, Executor fx,
                          ChromeTraceReader reader) {
        this.window = window;
        this.background = background;
        this.fx = fx;
        this.reader = reader;
        useSettings(settings);
        ChangeListener<Object> remember = (obs, old, now) -> {
            png.save(this.settings);
            saveSettings();
        };
        png.scaleProperty().addListener(remember);
        png.widthProperty().addListener(remember);
        png.transparentProperty().addListener(remember);
        png.coloursProperty().addListener(remember);
    }

    /** Where remembered things are kept; the window uses the user's file, tests a temporary one. */
    void useSettings(SettingsStore store) {
        this.settings = store;
        png.load(store);
    }

    // ---- where and what --------------------------------------------------------------------------

    /** The folder a file dialog opens in: the last one used, if it still exists, else the home folder. */
    public Path startFolder() {
        return settings.get(FOLDER_KEY).map(Path::of).filter(Files::isDirectory)
                .orElse(Path.of(System.getProperty("user.home")));
    }

    /** "gather.png", "gather-vs-sequential.svg", "viz.json"... */
    public String suggestedFileName(ExportKind kind) {
        return kind.fileName(ExportSource.name(window));
    }

    /** True when there is a chart to export: a run started, or a trace opened. */
    public BooleanBinding canExportBinding() {
        return window.modelProperty().isNotNull();
    }

    // ---- the work --------------------------------------------------------------------------------

    /**
     * Writes the window's chart (PNG with {@link #png()}'s options, or SVG) or its trace (JSON) to
     * {@code target}; a name without an extension gets the kind's. {@code arrows} and
     * {@code callouts} are the chart's own toggles, so the picture is what the screen shows.
     */
    public void export(ExportKind kind, Path chosen, boolean arrows, boolean callouts) {
        TraceModel model = ExportSource.model(window);
        if (model == null) {
            report("Nothing to export yet: run a pattern or open a trace first.");
            return;
        }
        Path target = withExtension(chosen, kind);
        remember(target);
        ExportOptions options = png.options(window.darkThemeProperty().get(), arrows, callouts);
        String done = "Saved " + target.getFileName() + (kind == ExportKind.PNG ? " (" + png.imageWidth() + " px wide)" : "")
                + " in " + target.toAbsolutePath().getParent();
        work("Exporting " + target.getFileName() + "…", () -> {
            write(kind, model, target, options);
            return null;
        }, ignored -> report(done), "Could not export " + target.getFileName());
    }

    /** Reads a trace file and, if it is readable, shows it read-only; if not, the window stays as it is. */
    public void open(Path file) {
        remember(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        work("Opening " + name + "…", () -> {
            LoadedTrace loaded = reader.load(file);
            TraceModel model = loaded.model();
            if (loaded.summary().imported()) {
                // A foreign trace is titled by its source, the whole path: the chart's title needs only the name.
                TraceMeta meta = model.meta();
                model.setMeta(new TraceMeta(meta.pattern(), name, meta.clock(), meta.version()));
            }
            return new OpenedTrace(file, model, loaded.summary()); // from here on only the FX thread reads it
        }, trace -> {
            window.showTrace(trace);
            report(""); // the run message says what is shown
        }, "Could not open " + name);
    }

    /** A drop of files on the window: opens the first .json one, else the first; false if none was dropped. */
    public boolean openDropped(java.util.List<Path> dropped) {
        if (dropped.isEmpty()) {
            return false;
        }
        Path chosen = dropped.stream()
                .filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                .findFirst().orElse(dropped.get(0));
        open(chosen);
        return true;
    }

    private static void write(ExportKind kind, TraceModel model, Path target, ExportOptions options) throws IOException {
        switch (kind) {
            case PNG -> ChartImageExporter.exportPng(model, target, options);
            case SVG -> ChartImageExporter.exportSvg(model, target, options);
            case TRACE -> new ChromeTraceWriter().write(model, target);
        }
    }

    /** What a background job computes. */
    private interface Job<T> {
        T call() throws IOException;
    }

    /** What to do with a job's result, on the FX thread. */
    private interface Done<T> {
        void accept(T result);
    }

    private <T> void work(String started, Job<T> job, Done<T> done, String failure) {
        report(started);
        pending++;
        busy.set(true);
        background.execute(() -> {
            T result;
            try {
                result = job.call();
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> finished(() -> fail(failure, e.getMessage())));
                return;
            } catch (OutOfMemoryError e) {
                fx.execute(() -> finished(() -> fail(failure, "not enough memory: the file is too big for this window")));
                return;
            }
            fx.execute(() -> finished(() -> done.accept(result)));
        });
    }

    private void finished(Runnable outcome) {
        pending--;
        busy.set(pending > 0);
        outcome.run();
    }

    private void fail(String title, String why) {
        String reason = why == null || why.isBlank() ? "unknown reason" : why.lines().findFirst().orElse(why);
        report(title + ": " + reason);
        problem.set(null); // the same problem twice must still reach the dialog
        problem.set(new FileProblem(title, reason));
    }

    private void report(String text) {
        message.set(text);
    }

    private void remember(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(FOLDER_KEY, folder.toString());
            saveSettings();
        }
    }

    private void saveSettings() {
        SettingsStore store = settings;
        background.execute(store::save);
    }

    /** "chart" → "chart.png"; a name that has an extension keeps it. */
    static Path withExtension(Path file, ExportKind kind) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.isEmpty() || name.contains(".") ? file : file.resolveSibling(kind.fileName(name));
    }

    // ---- state the view binds to -------------------------------------------------------------

    public PngOptionsViewModel png() {
        return png;
    }

    /** The last thing done with a file, for the status bar: "Saved gather.png…", "Could not open…". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last failure, for an error dialog; null until one happens. */
    public ReadOnlyObjectProperty<FileProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while an export or an open is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
