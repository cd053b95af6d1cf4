package org.loopscope.app;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.loopscope.app.CodeViewModel.CodeLine;
import org.loopscope.app.CodeViewModel.LineRange;

/** One line of code: its number in a gutter and the text in monospace; {@code :highlighted} for the selected task's lines. */
final class CodeCell extends ListCell<CodeLine> {
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final ObservableValue<LineRange> highlight;
    private final Label number = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(number, text);

    CodeCell(ObservableValue<LineRange> highlight) {
        this.highlight = highlight;
        number.getStyleClass().add("line-number");
        text.getStyleClass().add("code-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        row.getStyleClass().add("code-row");
        highlight.addListener((obs, old, now) -> refreshHighlight());
    }

    @Override
    protected void updateItem(CodeLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
        } else {
            number.setText(Integer.toString(line.number()));
            text.setText(line.text().isEmpty() ? " " : line.text());
            setGraphic(row);
        }
        refreshHighlight();
    }

    private void refreshHighlight() {
        CodeLine line = getItem();
        pseudoClassStateChanged(HIGHLIGHTED, line != null && !isEmpty() && highlight.getValue().contains(line.number()));
    }
}
