package org.loopscope.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;

/**
 * The selected pattern's parameters. Each field checks its own text; the run buttons are only
 * enabled while every field is valid, and {@link #message()} says what to fix.
 */
public final class ParamsViewModel {
    private final ObservableList<ParamField> fields =
            FXCollections.observableArrayList(f -> new Observable[] {f.errorProperty()});
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> fields.stream().allMatch(ParamField::isValid), fields);
    private final StringBinding message = Bindings.createStringBinding(
            () -> fields.stream().map(ParamField::error).filter(e -> !e.isEmpty()).findFirst().orElse(""), fields);

    /** Shows the parameters of another pattern, at their defaults. */
    public void load(List<ParamSpec> specs) {
        fields.setAll(specs.stream().map(ParamField::new).toList());
    }

    public ObservableList<ParamField> fields() {
        return fields;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The first problem, in words, or empty when everything is valid. */
    public StringBinding messageProperty() {
        return message;
    }

    public String message() {
        return message.get();
    }

    public ParamField field(String key) {
        return fields.stream().filter(f -> f.spec().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + key));
    }

    /** The checked values; only call when {@link #isValid()}. */
    public Params toParams() {
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach(f -> given.put(f.spec().key(), f.textProperty().get()));
        return Params.of(fields.stream().map(ParamField::spec).toList(), given);
    }

    public void resetAll() {
        fields.forEach(ParamField::reset);
    }
}
