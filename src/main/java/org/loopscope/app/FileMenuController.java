package org.loopscope.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import org.loopscope.app.PngOptionsViewModel.Colours;
import org.loopscope.gantt.GanttChart;

/**
 * The File menu (open a trace, export the chart or the trace, PNG options) and dropping a trace
 * file on the window. It asks where (the {@link FileDialogs}), hands the work to the
 * {@link FilesViewModel} and shows its failures in an error dialog.
 */
public final class FileMenuController {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    @FXML private MenuButton fileMenu;
    @FXML private MenuItem closeTraceItem;
    @FXML private MenuItem exportPngItem;
    @FXML private MenuItem exportSvgItem;
    @FXML private MenuItem exportTraceItem;
    @FXML private RadioMenuItem scale1Item;
    @FXML private RadioMenuItem scale2Item;
    @FXML private RadioMenuItem scale3Item;
    @FXML private RadioMenuItem widthItem;
    @FXML private RadioMenuItem themedBackgroundItem;
    @FXML private RadioMenuItem transparentItem;
    @FXML private RadioMenuItem windowColoursItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;

    private FilesViewModel files;
    private MainViewModel window;
    private GanttChart chart;
    private FileDialogs dialogs = new FxFileDialogs();

    void bind(FilesViewModel filesModel, MainViewModel windowModel, GanttChart mainChart) {
        this.files = filesModel;
        this.window = windowModel;
        this.chart = mainChart;
        var nothingToExport = files.canExportBinding().not();
        exportPngItem.disableProperty().bind(nothingToExport);
        exportSvgItem.disableProperty().bind(nothingToExport);
        exportTraceItem.disableProperty().bind(nothingToExport);
        closeTraceItem.disableProperty().bind(window.openedTraceProperty().isNull());
        PngOptionsViewModel png = files.png();
        png.scaleProperty().addListener((obs, old, now) -> showPngOptions());
        png.widthProperty().addListener((obs, old, now) -> showPngOptions());
        png.transparentProperty().addListener((obs, old, now) -> showPngOptions());
        png.coloursProperty().addListener((obs, old, now) -> showPngOptions());
        showPngOptions();
        files.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                showProblem(problem);
            }
        });
    }

    /** Tests answer the dialogs themselves. */
    void useDialogs(FileDialogs answers) {
        this.dialogs = answers;
    }

    /** A trace file dropped anywhere on {@code target} opens like File › Open. */
    void installDrop(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(e.getDragboard().hasFiles() && drop(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    /** What a drop does with the dragged files: opens the first .json one (else the first file). */
    boolean drop(List<File> dropped) {
        return files.openDropped(dropped.stream().map(File::toPath).toList());
    }

    @FXML
    private void openTrace() {
        Path file = dialogs.chooseTrace(owner(), files.startFolder());
        if (file != null) {
            files.open(file);
        }
    }

    @FXML
    private void closeTrace() {
        window.closeTrace();
    }

    @FXML
    private void exportPng() {
        export(ExportKind.PNG);
    }

    @FXML
    private void exportSvg() {
        export(ExportKind.SVG);
    }

    @FXML
    private void exportTrace() {
        export(ExportKind.TRACE);
    }

    private void export(ExportKind kind) {
        Path target = dialogs.chooseExportTarget(owner(), kind, files.startFolder(), files.suggestedFileName(kind));
        if (target != null) {
            files.export(kind, target, chart.isShowArrows(), chart.isShowCallouts());
        }
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    // ---- PNG options ---------------------------------------------------------------------------

    @FXML
    private void useScale1() {
        files.png().useScale(1);
    }

    @FXML
    private void useScale2() {
        files.png().useScale(2);
    }

    @FXML
    private void useScale3() {
        files.png().useScale(3);
    }

    /** Asks until the width is valid or the dialog is cancelled (which keeps the size as it was). */
    @FXML
    private void askWidth() {
        PngOptionsViewModel png = files.png();
        String problem = null;
        String text = Integer.toString(png.imageWidth());
        while (true) {
            text = dialogs.askWidth(owner(), text, problem);
            if (text == null) {
                break;
            }
            problem = png.useWidth(text);
            if (problem == null) {
                break;
            }
        }
        showPngOptions();
    }

    @FXML
    private void useThemedBackground() {
        files.png().transparentProperty().set(false);
    }

    @FXML
    private void useTransparent() {
        files.png().transparentProperty().set(true);
    }

    @FXML
    private void useWindowColours() {
        files.png().coloursProperty().set(Colours.WINDOW);
    }

    @FXML
    private void useLight() {
        files.png().coloursProperty().set(Colours.LIGHT);
    }

    @FXML
    private void useDark() {
        files.png().coloursProperty().set(Colours.DARK);
    }

    /** The radio items show the options as they are, whoever changed them. */
    private void showPngOptions() {
        PngOptionsViewModel png = files.png();
        int width = png.widthProperty().get();
        RadioMenuItem size = width > 0 ? widthItem : switch (png.scaleProperty().get()) {
            case 2 -> scale2Item;
            case 3 -> scale3Item;
            default -> scale1Item;
        };
        size.setSelected(true);
        widthItem.setText(width > 0 ? "Width: " + width + " px…" : "Width…");
        (png.transparentProperty().get() ? transparentItem : themedBackgroundItem).setSelected(true);
        (switch (png.coloursProperty().get()) {
            case LIGHT -> lightItem;
            case DARK -> darkItem;
            case WINDOW -> windowColoursItem;
        }).setSelected(true);
    }

    private void showProblem(FileProblem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem.message(), ButtonType.OK);
        alert.setTitle("Loopscope");
        alert.setHeaderText(problem.title());
        alert.getDialogPane().setId("fileProblemDialog");
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().getStylesheets().setAll(Themes.stylesheets(window.darkThemeProperty().get()));
        Window owner = owner();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show(); // not showAndWait: the FX thread goes on drawing the run behind it
    }

    private Window owner() {
        return fileMenu.getScene() == null ? null : fileMenu.getScene().getWindow();
    }
}
