package org.loopscope.app;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.loopscope.trace.MarkKind;

/**
 * A console or log line in three columns: loop time, lane, text. Warnings carry their kind as a
 * pseudo-class ({@code :warning}, {@code :error}, {@code :never-awaited}) so CSS colours them.
 */
final class ConsoleCell extends ListCell<ConsoleLine> {
    private final Label time = new Label();
    private final Label lane = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(time, lane, text);

    ConsoleCell() {
        time.getStyleClass().add("console-time");
        lane.getStyleClass().add("console-lane");
        text.getStyleClass().add("console-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.getStyleClass().add("console-row");
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(ConsoleLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        for (MarkKind kind : MarkKind.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(kind.label()), !empty && line != null && line.kind() == kind);
        }
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        time.setText(line.timeText());
        lane.setText(line.laneName());
        text.setText(line.isWarning() ? line.kindText() + ": " + line.text() : line.text());
        setGraphic(row);
    }
}
