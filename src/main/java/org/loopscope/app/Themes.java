package org.loopscope.app;

import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The look of the window. A theme is two token files on top of {@code app.css}: the window's
 * colours ({@code app-light.css} / {@code app-dark.css}) and the chart's state colours
 * ({@code theme-light.css} / {@code theme-dark.css}, which the chart canvas also reads).
 */
public final class Themes {
    public static final String LARGE_TEXT = "large-text";

    private Themes() {
    }

    /** The scene's stylesheets for a theme, in the order they apply. */
    public static List<String> stylesheets(boolean dark) {
        String name = dark ? "dark" : "light";
        return List.of(url("/styles/app.css"), url("/styles/app-" + name + ".css"), url("/styles/theme-" + name + ".css"));
    }

    public static void apply(Scene scene, boolean dark) {
        if (scene != null) {
            scene.getStylesheets().setAll(stylesheets(dark));
        }
    }

    /** Large text for the back of the classroom: a style class on the root scales every em-based size. */
    public static void setLargeText(Parent root, boolean large) {
        if (large && !root.getStyleClass().contains(LARGE_TEXT)) {
            root.getStyleClass().add(LARGE_TEXT);
        } else if (!large) {
            root.getStyleClass().remove(LARGE_TEXT);
        }
    }

    /** ":running", ":paused", ... for the status bar's state badge. */
    public static PseudoClass stateClass(RunState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Themes.class.getResource(resource), resource).toExternalForm();
    }
}
