package org.loopscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class LoopscopeApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Loopscope");
        stage.setScene(new Scene(new Label("Loopscope"), 1280, 800));
        stage.show();
    }
}
