package org.loopscope.app;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * One labelled text field per parameter of the selected pattern, rebuilt when the pattern
 * changes. A field whose text is not acceptable turns red ({@code :invalid}); the message
 * next to the fields says why.
 */
final class ParamEditors {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Pane box;
    private final ParamsViewModel params;

    ParamEditors(Pane box, ParamsViewModel params) {
        this.box = box;
        this.params = params;
    }

    void bind() {
        params.fields().addListener((ListChangeListener<ParamField>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        box.getChildren().clear();
        if (params.fields().isEmpty()) {
            box.getChildren().add(new Label("(this pattern has none)"));
        }
        for (ParamField field : params.fields()) {
            box.getChildren().add(editor(field));
        }
    }

    /** Wide enough for the largest allowed value: "100000" was clipped to "1000" in a 4-column field. */
    static int columnsFor(org.loopscope.patterns.ParamSpec spec) {
        int digits = String.valueOf((long) spec.max()).length();
        return spec.integer() ? Math.max(4, digits) : Math.max(5, digits + 3);
    }

    private static HBox editor(ParamField field) {
        Label label = new Label(field.spec().label());
        TextField text = new TextField();
        text.setId("param-" + field.spec().key());
        text.getStyleClass().add("param-field");
        text.setPrefColumnCount(columnsFor(field.spec()));
        text.textProperty().bindBidirectional(field.textProperty());
        text.setTooltip(new Tooltip(field.hint()));
        label.setLabelFor(text);
        field.errorProperty().addListener((obs, old, error) -> text.pseudoClassStateChanged(INVALID, !error.isEmpty()));
        text.pseudoClassStateChanged(INVALID, !field.isValid());
        HBox editor = new HBox(label, text);
        editor.getStyleClass().add("param-editor");
        return editor;
    }
}
