package org.loopscope.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.ParamSpec;

/**
 * One parameter as the teacher edits it: the text typed so far and, if it is not acceptable,
 * a message saying why and what is allowed ("not a whole number (allowed: 1 to 1000)").
 */
public final class ParamField {
    private final ParamSpec spec;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ParamField(ParamSpec spec) {
        this.spec = spec;
        text.addListener((obs, old, now) -> error.set(check(now)));
        text.set(spec.format(spec.defaultValue()));
    }

    public ParamSpec spec() {
        return spec;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is a valid value, otherwise the reason in words. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** "URLs (1 to 1000): how many fetches to gather" — for a tooltip. */
    public String hint() {
        return spec.label() + " (" + spec.format(spec.min()) + " to " + spec.format(spec.max()) + "): " + spec.help();
    }

    public void reset() {
        text.set(spec.format(spec.defaultValue()));
    }

    private String check(String value) {
        if (value == null || value.isBlank()) {
            return spec.label() + ": enter a value from " + spec.format(spec.min()) + " to " + spec.format(spec.max());
        }
        try {
            spec.parse(value);
            return "";
        } catch (BadParameterException e) {
            // "parameter urls: 'x' is not a number (allowed: ...)" reads better with the label the teacher sees
            String reason = e.getMessage().replaceFirst("^parameter " + java.util.regex.Pattern.quote(spec.key()) + ": ", "");
            return spec.label() + ": " + reason;
        }
    }
}
