package org.loopscope.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.ChartPainter;
import org.loopscope.gantt.render.ChartRenderer;
import org.loopscope.gantt.render.ChartView;
import org.loopscope.trace.TraceModel;

/**
 * Exports a whole trace as a PNG or an SVG: title, legend, time axis and every lane, the image
 * as tall as the lanes need. Same model and options give the same bytes. Files are written
 * atomically (temporary file, then rename).
 */
public final class ChartImageExporter {
    /** Bigger images than this would need gigabytes of memory; SVG is the way out. */
    static final long MAX_PIXELS = 64L * 1024 * 1024;

    private ChartImageExporter() {
    }

    public static void exportPng(TraceModel model, Path target, ExportOptions options) throws IOException {
        BufferedImage image = renderPng(model, options);
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public static void exportSvg(TraceModel model, Path target, ExportOptions options) throws IOException {
        byte[] svg = renderSvg(model, options).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(svg));
    }

    /** The PNG's pixels (ARGB), for callers that want the image rather than a file. */
    public static BufferedImage renderPng(TraceModel model, ExportOptions options) throws IOException {
        int scale = options.scale();
        double width = options.logicalWidth();
        // Measure with a throwaway graphics so the layout uses the same fonts as the drawing.
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D probeGraphics = probe.createGraphics();
        double height = fullHeight(model, width, new Java2dPainter(probeGraphics));
        probeGraphics.dispose();
        long pixels = (long) options.imageWidth() * (long) Math.ceil(height * scale);
        if (pixels > MAX_PIXELS) {
            throw new IOException("chart too large for a PNG (" + options.imageWidth() + " x "
                    + (long) Math.ceil(height * scale) + " px for " + model.laneCount() + " lanes); export SVG instead");
        }
        BufferedImage image = new BufferedImage(options.imageWidth(), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(image.getWidth() / width, scale);
            new ChartRenderer().render(model, view(model, width, height, options), options.theme(), new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The SVG document text. */
    public static String renderSvg(TraceModel model, ExportOptions options) {
        double width = options.logicalWidth();
        double height = fullHeight(model, width, new SvgPainter(width, 1));
        SvgPainter painter = new SvgPainter(width, height);
        new ChartRenderer().render(model, view(model, width, height, options), options.theme(), painter);
        return painter.toSvg();
    }

    /** The layout an export with these options uses (logical pixels; multiply by the scale for PNG pixels). */
    public static ChartLayout layoutFor(TraceModel model, ExportOptions options) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = probe.createGraphics();
        try {
            Java2dPainter painter = new Java2dPainter(g);
            double width = options.logicalWidth();
            double height = fullHeight(model, width, painter);
            return new ChartRenderer().layout(model, view(model, width, height, options), painter);
        } finally {
            g.dispose();
        }
    }

    private static double fullHeight(TraceModel model, double width, ChartPainter measuring) {
        ChartLayout layout = new ChartRenderer().layout(model, ChartView.of(0, 1, width, 1), measuring);
        return Math.ceil(ChartLayout.fullHeight(model.laneCount(), layout.headerHeight()));
    }

    /** The whole trace, every lane, with a little room after the end so last marks are not cut. */
    private static ChartView view(TraceModel model, double width, double height, ExportOptions options) {
        long end = Math.max(model.endNs(), 1);
        long padded = end + Math.max(end / 50, 1);
        return new ChartView(0, padded, width, height, 0, options.arrows(), options.callouts(), -1, options.transparent());
    }
}
