package org.loopscope.gantt;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.ImagePattern;
import org.loopscope.gantt.render.Hatch;
import org.loopscope.gantt.render.Rgba;

/** One repeating tile per hatch colour: the lines x ± y = k·spacing, antialiased, about a pixel wide. */
final class HatchTiles {
    private HatchTiles() {
    }

    static ImagePattern pattern(FxCanvasPainter.HatchKey key) {
        int size = (int) Hatch.SPACING;
        WritableImage tile = new WritableImage(size, size);
        PixelWriter pixels = tile.getPixelWriter();
        Rgba c = key.color();
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double coverage = coverage(px + py + 1.0, size);
                if (key.hatch() == Hatch.CROSS) {
                    coverage = Math.max(coverage, coverage(px - py + (double) size, size));
                }
                int alpha = (int) Math.round(c.alpha() * coverage);
                pixels.setArgb(px, py, alpha << 24 | c.red() << 16 | c.green() << 8 | c.blue());
            }
        }
        return new ImagePattern(tile, 0, 0, size, size, false);
    }

    /** How much of a pixel a one-pixel line covers, from its centre's offset along the diagonal. */
    private static double coverage(double diagonal, int spacing) {
        double offset = ((diagonal % spacing) + spacing) % spacing;
        double distance = Math.min(offset, spacing - offset) / Math.sqrt(2);
        return Math.max(0, Math.min(1, 1.0 - distance));
    }
}
