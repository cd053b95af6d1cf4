package org.loopscope.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real main window (FXML, controllers, CSS) on a fresh stage for each test class,
 * headless under Monocle, and closes it afterwards. Nodes are found by fx:id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WindowTestBase extends FxRobot {
    protected Stage stage;
    protected MainController controller;

    @BeforeAll
    void openWindow() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupFixture(() -> {
            FXMLLoader loader = new FXMLLoader(LoopscopeApp.class.getResource("/fxml/main.fxml"));
            Parent root = loader.load();
            controller = loader.getController();
            Stage s = new Stage();
            s.setScene(new Scene(root, 1280, 800));
            s.show();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            controller.shutdown();
            stage.close();
        });
    }

    protected MainViewModel viewModel() {
        return controller.viewModel();
    }

    /** Reads (or does) something on the FX thread, which owns the view model. */
    protected <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    protected void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    protected void waitUntil(long millis, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + millis + " ms", e);
        }
    }

    protected RunState runState() {
        return onFx(() -> viewModel().runState());
    }
}
