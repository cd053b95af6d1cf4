package org.loopscope.gantt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.ThemeColor;

/**
 * Reads the chart's colour tokens from CSS. A canvas has no CSS of its own, so each token gets
 * an invisible zero-size Region styled {@code -fx-background-color: -ls-running;}: JavaFX
 * resolves the looked-up colour from the {@code .root} of whichever theme stylesheet is loaded,
 * and when the app swaps theme-light.css for theme-dark.css the probes' backgrounds change and
 * the chart is told. Tokens CSS does not define fall back to the light theme file.
 */
final class CssThemeProbe {
    private final Map<ThemeColor, Region> probes = new EnumMap<>(ThemeColor.class);
    private final ChartTheme fallback = ChartTheme.light();

    CssThemeProbe(Consumer<ChartTheme> onChange) {
        for (ThemeColor token : ThemeColor.values()) {
            Region probe = new Region();
            probe.setStyle("-fx-background-color: " + token.cssName() + ";");
            probe.setManaged(false);
            probe.setMouseTransparent(true);
            probe.resize(0, 0);
            probe.backgroundProperty().addListener((obs, old, now) -> onChange.accept(resolve()));
            probes.put(token, probe);
        }
    }

    /** The probe nodes; they must be in the scene graph under the chart for CSS to reach them. */
    List<Region> nodes() {
        return new ArrayList<>(probes.values());
    }

    /** The theme CSS currently resolves to. */
    ChartTheme resolve() {
        Map<ThemeColor, Rgba> found = new EnumMap<>(ThemeColor.class);
        probes.forEach((token, probe) -> {
            Color color = firstColor(probe.getBackground());
            if (color != null) {
                found.put(token, FxCanvasPainter.toRgba(color));
            }
        });
        return fallback.with(found, found.isEmpty() ? "light" : "css");
    }

    private static Color firstColor(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return null;
        }
        Paint fill = background.getFills().get(0).getFill();
        return fill instanceof Color color ? color : null;
    }
}
