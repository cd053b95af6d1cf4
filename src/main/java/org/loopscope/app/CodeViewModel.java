package org.loopscope.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternSource;

/**
 * The code tabs: the guide's Python snippet and the Java that really runs, line by line, with
 * the lines of the selected task highlighted. Python lines come from the pattern's own map
 * ({@link Pattern#pythonLines()}); in Java the task's body is the {@code coroutine("name", ...)}
 * lambda that creates it, found by its name.
 */
public final class CodeViewModel {
    /** One numbered line of code (1-based). */
    public record CodeLine(int number, String text) {
    }

    /** Highlighted lines, 1-based and inclusive; {@link #NONE} when nothing is highlighted. */
    public record LineRange(int first, int last) {
        public static final LineRange NONE = new LineRange(0, -1);

        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    private final ObservableList<CodeLine> python = FXCollections.observableArrayList();
    private final ObservableList<CodeLine> java = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LineRange> pythonHighlight = new ReadOnlyObjectWrapper<>(this, "pythonHighlight", LineRange.NONE);
    private final ReadOnlyObjectWrapper<LineRange> javaHighlight = new ReadOnlyObjectWrapper<>(this, "javaHighlight", LineRange.NONE);
    private final ReadOnlyStringWrapper runValues = new ReadOnlyStringWrapper(this, "runValues", "");
    private Pattern pattern;

    public void show(Pattern newPattern) {
        pattern = newPattern;
        python.setAll(lines(PatternSource.python(newPattern)));
        java.setAll(lines(PatternSource.java(newPattern)));
        runValues.set("");
        highlightTask(null);
    }

    /** Shows no code: a trace from another tool has none we know. */
    public void clear() {
        pattern = null;
        python.clear();
        java.clear();
        runValues.set("");
        highlightTask(null);
    }

    /**
     * The guide's code shows the guide's numbers (the parameters' defaults); a run with other values
     * says so above the code, so that a class reading {@code time.sleep(5)} is not puzzled by a
     * two-second stall: "This run: Blocking time.sleep (s) 2.0 (the code: 5.0)". Empty when every
     * value is the guide's.
     */
    public void showRunValues(List<ParamSpec> specs, Params run) {
        List<String> differing = new ArrayList<>();
        for (ParamSpec spec : specs) {
            double value = run.asMap().get(spec.key());
            if (value != spec.defaultValue()) {
                differing.add(spec.label() + " " + spec.format(value) + " (the code: " + spec.format(spec.defaultValue()) + ")");
            }
        }
        runValues.set(differing.isEmpty() ? "" : "This run: " + String.join(", ", differing));
    }

    public ReadOnlyStringProperty runValuesProperty() {
        return runValues.getReadOnlyProperty();
    }

    /** Highlights the code of the task running in the lane named {@code laneName} ("fetch(url1)"); null clears. */
    public void highlightTask(String laneName) {
        if (pattern == null || laneName == null) {
            pythonHighlight.set(LineRange.NONE);
            javaHighlight.set(LineRange.NONE);
            return;
        }
        pythonHighlight.set(pythonRange(pattern.pythonLines(), laneName));
        javaHighlight.set(javaRange(java, taskName(laneName)));
    }

    public ObservableList<CodeLine> python() {
        return python;
    }

    public ObservableList<CodeLine> java() {
        return java;
    }

    public ReadOnlyObjectProperty<LineRange> pythonHighlightProperty() {
        return pythonHighlight.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineRange> javaHighlightProperty() {
        return javaHighlight.getReadOnlyProperty();
    }

    static List<CodeLine> lines(String source) {
        String[] parts = printable(source).stripTrailing().split("\n", -1);
        List<CodeLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new CodeLine(i + 1, parts[i]));
        }
        return lines;
    }

    /**
     * The guide marks good and bad code with emoji that monospaced fonts rarely have (they show
     * as empty boxes on a projector): plain symbols with the same meaning stand in for ✗ and ✓, and
     * the stopwatch before a timing comment is left out.
     */
    static String printable(String source) {
        return source.replace("❌", "✗").replace("✅", "✓").replace("⏱ ", "").replace("⏱", "").replace("\uFE0F", "");
    }

    /** "fetch(url1)" → "fetch": the coroutine's name without its arguments. */
    static String taskName(String laneName) {
        int paren = laneName.indexOf('(');
        return paren > 0 ? laneName.substring(0, paren) : laneName;
    }

    /** The longest key that starts the lane's name wins ("fetch_all" before "fetch"). */
    static LineRange pythonRange(Map<String, int[]> map, String laneName) {
        String best = null;
        for (String key : map.keySet()) {
            if (laneName.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? LineRange.NONE : new LineRange(map.get(best)[0], map.get(best)[1]);
    }

    /** From the line that creates {@code coroutine("name"...} to the line that closes its braces. */
    static LineRange javaRange(List<CodeLine> lines, String name) {
        String needle = "coroutine(\"" + name;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            int at = text.indexOf(needle);
            if (at >= 0 && isNameEnd(text, at + needle.length())) {
                return new LineRange(i + 1, closingLine(lines, i) + 1);
            }
        }
        return LineRange.NONE;
    }

    private static boolean isNameEnd(String text, int index) {
        return index >= text.length() || !Character.isJavaIdentifierPart(text.charAt(index));
    }

    private static int closingLine(List<CodeLine> lines, int start) {
        int depth = 0;
        for (int i = start; i < lines.size(); i++) {
            for (char c : lines.get(i).text().toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (depth <= 0) {
                return i;
            }
        }
        return start;
    }
}
