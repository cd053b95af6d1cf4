package org.loopscope.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.Pattern;

/**
 * The pattern browser: every pattern grouped by the guide's chapters, narrowed by a filter.
 * A pattern matches when every word of the filter appears in its id, title, chapter or
 * explanation, ignoring case ("sema limit" finds the semaphore pattern).
 */
public final class PatternBrowserViewModel {
    private final List<Pattern> patterns;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<Map<Category, List<Pattern>>> groups = new ReadOnlyObjectWrapper<>(this, "groups");

    public PatternBrowserViewModel(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        filter.addListener((obs, old, text) -> groups.set(group(text)));
        groups.set(group(""));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Chapters in guide order, each with its matching patterns; chapters without a match are left out. */
    public ReadOnlyObjectProperty<Map<Category, List<Pattern>>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public Map<Category, List<Pattern>> groups() {
        return groups.get();
    }

    /** The matching patterns in browser order. */
    public List<Pattern> visiblePatterns() {
        List<Pattern> visible = new ArrayList<>();
        groups.get().values().forEach(visible::addAll);
        return visible;
    }

    public List<Pattern> allPatterns() {
        return patterns;
    }

    private Map<Category, List<Pattern>> group(String text) {
        Map<Category, List<Pattern>> byCategory = new EnumMap<>(Category.class);
        for (Pattern p : patterns) {
            if (matches(p, text)) {
                byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
            }
        }
        Map<Category, List<Pattern>> ordered = new LinkedHashMap<>();
        byCategory.forEach((category, list) -> ordered.put(category, List.copyOf(list)));
        return ordered;
    }

    static boolean matches(Pattern p, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = (p.id() + " " + p.title() + " " + p.category().label() + " " + p.explanation()).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word) && !haystack.contains(word.replace(' ', '_'))) {
                return false;
            }
        }
        return true;
    }
}
