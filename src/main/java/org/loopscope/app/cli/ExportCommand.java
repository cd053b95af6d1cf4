package org.loopscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.loopscope.export.ChartImageExporter;
import org.loopscope.export.ChromeTraceWriter;
import org.loopscope.export.ExportOptions;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.trace.StackedModels;
import org.loopscope.trace.TraceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopscope export <id> --format png|svg|trace --out FILE}: runs a pattern without a
 * display and writes its chart (PNG, SVG) or its trace (Chrome Trace Event JSON). On the virtual
 * clock the same command writes the same bytes. Files are written to a temporary file and moved
 * into place, so a failed export leaves nothing half-written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Runs a pattern headless and writes its chart (png, svg) or its trace (Chrome JSON).")
public final class ExportCommand implements Callable<Integer> {
    /** What to write. */
    enum Format { PNG, SVG, TRACE }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<id>", description = "the pattern to run (see 'list')")
    String id;

    @Option(names = "--format", paramLabel = "png|svg|trace", description = "what to write (default: from the file name)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "image width in pixels (default 1200 × scale)")
    Integer width;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "pixel density 1, 2, 3 or 4 (default 1)")
    int scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "colours (default light)")
    String theme;

    @Option(names = "--transparent", description = "PNG with a transparent background")
    boolean transparent;

    @Option(names = "--compare", paramLabel = "<id2>", description = "stack a second pattern on the same time axis")
    String compare;

    @Option(names = "--no-arrows", description = "leave out the wake-up arrows")
    boolean noArrows;

    @Option(names = "--no-callouts", description = "leave out the teaching callouts")
    boolean noCallouts;

    @Mixin
    RunOptions how = new RunOptions();

    @Override
    public Integer call() throws IOException {
        Format what = format();
        ExportOptions options = imageOptions();
        Pattern pattern = PatternRegistry.require(id);
        Pattern second = compare == null ? null : PatternRegistry.require(compare);
        TraceModel model = how.runToModel(pattern);
        if (second != null) {
            model = StackedModels.stack(model, how.runToModelWithDefaults(second));
        }
        switch (what) {
            case PNG -> ChartImageExporter.exportPng(model, out, options);
            case SVG -> ChartImageExporter.exportSvg(model, out, options);
            case TRACE -> new ChromeTraceWriter().write(model, out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%s, %d lanes, %.3f s)%n", out, what.name().toLowerCase(Locale.ROOT),
                model.laneCount(), model.endNs() / 1e9);
        return ExitCodes.OK;
    }

    private Format format() {
        String name = format != null ? format : extensionOf(out.getFileName().toString());
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "png" -> Format.PNG;
            case "svg" -> Format.SVG;
            case "trace", "json" -> Format.TRACE;
            default -> throw new BadParameterException("--format must be png, svg or trace, got '" + name + "'");
        };
    }

    private static String extensionOf(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }

    private ExportOptions imageOptions() {
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new BadParameterException("--theme must be light or dark, got '" + theme + "'");
        }
        try {
            return ExportOptions.defaults()
                    .withTheme(ChartTheme.load(theme))
                    .withScale(scale)
                    .withPixelWidth(width == null ? 0 : width)
                    .withTransparent(transparent)
                    .withToggles(!noArrows, !noCallouts);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(e.getMessage().replace("scale must be", "--scale must be")
                    .replace("width must be", "--width must be"));
        }
    }
}
