package org.loopscope.app;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopscope.export.ExportOptions;
import org.loopscope.gantt.render.ChartTheme;

/**
 * How File › Export chart as PNG draws: pixel density (1×, 2×, 3×) or a given width, a themed or
 * transparent background, and light, dark or the window's colours. Remembered in the settings.
 *
 * <p>A given width keeps the proportions of the screen: the density is chosen so the chart is
 * laid out about 1200 logical pixels wide (1920 px → 2×, 3840 px → 3×), so text stays readable
 * on a slide instead of shrinking.
 */
public final class PngOptionsViewModel {
    /** Colours of the picture. */
    public enum Colours { WINDOW, LIGHT, DARK }

    public static final int MIN_WIDTH = 200;
    public static final int MAX_WIDTH = 16_000;
    public static final int MAX_CHOSEN_SCALE = 3;

    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 1);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 0);
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent");
    private final ObjectProperty<Colours> colours = new SimpleObjectProperty<>(this, "colours", Colours.WINDOW);

    /** Pixel density 1, 2 or 3, with the default width (1200 px × density). */
    public void useScale(int newScale) {
        if (newScale < 1 || newScale > MAX_CHOSEN_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_CHOSEN_SCALE + ": " + newScale);
        }
        width.set(0);
        scale.set(newScale);
    }

    /** A given image width; returns null if it was taken, else why not. */
    public String useWidth(String text) {
        int pixels;
        try {
            pixels = Integer.parseInt(text.trim().replace("px", "").trim());
        } catch (NumberFormatException e) {
            return "'" + text.trim() + "' is not a whole number of pixels";
        }
        if (pixels < MIN_WIDTH || pixels > MAX_WIDTH) {
            return "the width must be " + MIN_WIDTH + " to " + MAX_WIDTH + " pixels";
        }
        scale.set(Math.max(1, Math.min(MAX_CHOSEN_SCALE, Math.round(pixels / (float) ExportOptions.DEFAULT_WIDTH))));
        width.set(pixels);
        return null;
    }

    /** The exporter's options; {@code windowDark} decides the colours when they follow the window. */
    public ExportOptions options(boolean windowDark, boolean arrows, boolean callouts) {
        boolean dark = colours.get() == Colours.DARK || colours.get() == Colours.WINDOW && windowDark;
        return ExportOptions.defaults()
                .withTheme(dark ? ChartTheme.dark() : ChartTheme.light())
                .withScale(scale.get())
                .withPixelWidth(width.get())
                .withTransparent(transparent.get())
                .withToggles(arrows, callouts);
    }

    /** The width of the image these options give, in pixels. */
    public int imageWidth() {
        return width.get() > 0 ? width.get() : ExportOptions.DEFAULT_WIDTH * scale.get();
    }

    /** "2× · 2400 px · transparent · dark", for a menu or the status line. */
    public String describe() {
        String size = width.get() > 0 ? width.get() + " px" : scale.get() + "× · " + imageWidth() + " px";
        String background = transparent.get() ? "transparent" : "themed background";
        return size + " · " + background + " · " + colours.get().name().toLowerCase(Locale.ROOT).replace("window", "window's colours");
    }

    void load(SettingsStore store) {
        store.get("png.width").ifPresent(w -> useWidth(w)); // sets the scale from the width
        store.get("png.scale").map(PngOptionsViewModel::parseInt).filter(s -> s >= 1 && s <= MAX_CHOSEN_SCALE)
                .ifPresent(scale::set);
        transparent.set(store.get("png.transparent").map(Boolean::parseBoolean).orElse(false));
        store.get("png.colours").map(PngOptionsViewModel::colours).ifPresent(colours::set);
    }

    void save(SettingsStore store) {
        store.put("png.scale", Integer.toString(scale.get()));
        store.put("png.width", Integer.toString(width.get()));
        store.put("png.transparent", Boolean.toString(transparent.get()));
        store.put("png.colours", colours.get().name().toLowerCase(Locale.ROOT));
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Colours colours(String name) {
        try {
            return Colours.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** The image width asked for, or 0 for 1200 px × the density. */
    public IntegerProperty widthProperty() {
        return width;
    }

    public BooleanProperty transparentProperty() {
        return transparent;
    }

    public ObjectProperty<Colours> coloursProperty() {
        return colours;
    }
}
