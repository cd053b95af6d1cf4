package org.loopscope.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the system's file choosers and a small text dialog for the PNG width. */
final class FxFileDialogs implements FileDialogs {
    @Override
    public Path chooseExportTarget(Window owner, ExportKind kind, Path folder, String fileName) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle(switch (kind) {
            case PNG -> "Export chart as PNG";
            case SVG -> "Export chart as SVG";
            case TRACE -> "Export trace (JSON)";
        });
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.title(), "*." + kind.extension()));
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Path chooseTrace(Window owner, Path folder) {
        FileChooser chooser = chooser(folder);
        chooser.setTitle("Open trace");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Chrome traces (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return path(chooser.showOpenDialog(owner));
    }

    @Override
    public String askWidth(Window owner, String current, String problem) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle("PNG width");
        dialog.setHeaderText(problem == null ? "Width of the exported PNG, in pixels" : problem);
        dialog.setContentText("Width (" + PngOptionsViewModel.MIN_WIDTH + " to " + PngOptionsViewModel.MAX_WIDTH + " px):");
        return dialog.showAndWait().orElse(null);
    }

    private static FileChooser chooser(Path folder) {
        FileChooser chooser = new FileChooser();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
