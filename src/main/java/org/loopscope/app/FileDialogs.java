package org.loopscope.app;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * The questions File › Export and File › Open ask the user. The window uses the system's file
 * choosers ({@link FxFileDialogs}); tests answer with temporary paths, since a native dialog
 * cannot be driven headless.
 */
interface FileDialogs {
    /** Where to write an export, starting in {@code folder} with {@code fileName} proposed; null if cancelled. */
    Path chooseExportTarget(Window owner, ExportKind kind, Path folder, String fileName);

    /** Which trace to open, starting in {@code folder}; null if cancelled. */
    Path chooseTrace(Window owner, Path folder);

    /** The PNG width in pixels as typed, {@code problem} (or null) shown with it; null if cancelled. */
    String askWidth(Window owner, String current, String problem);
}
