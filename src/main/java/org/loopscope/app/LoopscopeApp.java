package org.loopscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.loopscope.patterns.PatternRegistry;

/**
 * The desktop application: loads {@code fxml/main.fxml}, applies the launch options
 * ({@link WindowOptions}; {@code --open FILE} shows a trace file) and makes closing the window end every run and the JVM.
 */
public final class LoopscopeApp extends Application {
    private MainController controller;

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.parse(getParameters().getRaw());
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(LoopscopeApp.class.getResource("/fxml/main.fxml")));
        Parent root = load(loader);
        controller = loader.getController();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> Platform.exit());
        apply(options, controller.viewModel());
        stage.show();
        if (options.open() != null) {
            controller.files().open(Path.of(options.open()).toAbsolutePath()); // read off the FX thread; errors in a dialog
        } else if (options.run()) {
            controller.viewModel().run();
        }
        if (options.closeAfterMs() > 0) {
            PauseTransition wait = new PauseTransition(Duration.millis(options.closeAfterMs()));
            wait.setOnFinished(e -> requestClose(stage, options.closeAfterMs()));
            wait.play();
        }
    }

    /**
     * What the close button in the title bar does: a close request, which (unless consumed) hides
     * the window after the handler above ran. Says so on stdout, so a test can time the exit from it.
     */
    private static void requestClose(Stage stage, long afterMs) {
        System.out.println("loopscope: closing the window (--close-after-ms " + afterMs + ")");
        System.out.flush();
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Applies the launch options to the window's view model (tests call it too). */
    static void apply(WindowOptions options, MainViewModel viewModel) {
        if (options.pattern() != null) {
            viewModel.selectedPatternProperty().set(PatternRegistry.require(options.pattern()));
        }
        if (options.compare() != null) {
            viewModel.comparePatternProperty().set(PatternRegistry.require(options.compare()));
            viewModel.compareModeProperty().set(true);
        }
        if (options.clock() != null) {
            viewModel.clockProperty().set(options.clock());
        }
        options.params().forEach((key, value) -> viewModel.params().field(key).textProperty().set(value));
        viewModel.darkThemeProperty().set(options.dark());
        viewModel.largeFontProperty().set(options.large());
        viewModel.sideTabProperty().set(options.tab());
        if (options.select() != null) {
            viewModel.selectLaneWhenItAppears(options.select());
        }
    }

    private static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window", e);
        }
    }

    /** Called after the last window closed or Platform.exit(): end the runs; their threads are daemons. */
    @Override
    public void stop() {
        if (controller != null) {
            controller.shutdown();
        }
    }
}
