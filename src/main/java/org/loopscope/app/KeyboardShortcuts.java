package org.loopscope.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The teacher's keys: Space run/pause, Right arrow step, R restart, F fit, + and − zoom,
 * Ctrl+Q quit. They work wherever the focus is, except while typing in a text field.
 */
final class KeyboardShortcuts {
    private final MainViewModel viewModel;
    private final ChartArea charts;
    private final Runnable quit;

    KeyboardShortcuts(MainViewModel viewModel, ChartArea charts, Runnable quit) {
        this.viewModel = viewModel;
        this.charts = charts;
        this.quit = quit;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::swallowRelease);
    }

    /**
     * The release of a key we acted on must not reach the focused control: a focused Run button
     * would fire on the release of Space and restart the run the teacher just paused.
     */
    private void swallowRelease(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (!typing && !e.isShortcutDown() && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.RIGHT)) {
            e.consume();
        }
    }

    private void handle(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Q) {
            quit.run();
            e.consume();
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (act(e)) {
            e.consume();
        }
    }

    private boolean act(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> viewModel.runOrPause();
            case RIGHT -> viewModel.step();
            case R -> viewModel.restart();
            case F -> charts.fit();
            case PLUS, ADD, EQUALS -> charts.zoomIn();
            case MINUS, SUBTRACT -> charts.zoomOut();
            default -> {
                return actOnText(e.getText());
            }
        }
        return true;
    }

    /** Keyboards where + and − are not their own keys still send the characters. */
    private boolean actOnText(String text) {
        switch (text) {
            case "+" -> charts.zoomIn();
            case "-", "−" -> charts.zoomOut();
            default -> {
                return false;
            }
        }
        return true;
    }
}
