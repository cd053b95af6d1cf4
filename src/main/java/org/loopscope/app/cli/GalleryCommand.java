package org.loopscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.loopscope.export.ChartImageExporter;
import org.loopscope.export.ExportOptions;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.StackedModels;
import org.loopscope.trace.TraceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loopscope gallery --out docs/gallery}: every pattern on the virtual clock with its
 * default parameters, as PNG (2×) and SVG, plus the two compare pictures of the guide's lessons,
 * and an index page. Deterministic: running it again rewrites the same bytes.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true,
        description = "Writes every pattern's chart as PNG and SVG, plus the compare pictures and an index.")
public final class GalleryCommand implements Callable<Integer> {
    /** The guide's two before/after lessons, drawn on one time axis. */
    static final List<List<String>> COMPARES = List.of(
            List.of("sequential", "gather"),
            List.of("blocking_call", "run_in_executor"));

    /** Parameters that keep a picture page-sized: 500 lanes of the semaphore lesson would be 24,000 px tall. */
    static final java.util.Map<String, List<String>> PICTURE_PARAMS = java.util.Map.of("semaphore", List.of("urls=50"));

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into (created if missing)")
    Path out;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark", description = "colours (default light)")
    String theme;

    @Override
    public Integer call() throws IOException {
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new org.loopscope.patterns.BadParameterException("--theme must be light or dark, got '" + theme + "'");
        }
        Files.createDirectories(out);
        ExportOptions options = ExportOptions.defaults().withTheme(ChartTheme.load(theme)).withScale(2);
        StringBuilder index = new StringBuilder("# Gallery\n\nEvery pattern on the virtual clock with its default "
                + "parameters (unless said otherwise). Made by `java -jar target/loopscope.jar gallery --out docs/gallery`.\n\n");
        PrintWriter stdout = spec.commandLine().getOut();
        for (Pattern p : PatternRegistry.all()) {
            List<String> params = PICTURE_PARAMS.getOrDefault(p.id(), List.of());
            write(run(p, params), p.id(), options);
            index.append("## ").append(p.title()).append(" (`").append(p.id()).append("`)\n\n")
                    .append(p.explanation()).append(params.isEmpty() ? "" : " Drawn with `" + String.join(" ", params) + "`.")
                    .append("\n\n![").append(p.id()).append("](").append(p.id()).append(".png)\n\n");
            stdout.println("wrote " + out.resolve(p.id() + ".png") + " and .svg");
        }
        for (List<String> pair : COMPARES) {
            String name = pair.get(0) + "-vs-" + pair.get(1);
            TraceModel stacked = StackedModels.stack(run(PatternRegistry.require(pair.get(0))), run(PatternRegistry.require(pair.get(1))));
            write(stacked, name, options);
            index.append("## ").append(pair.get(0)).append(" vs ").append(pair.get(1)).append("\n\n![")
                    .append(name).append("](").append(name).append(".png)\n\n");
            stdout.println("wrote " + out.resolve(name + ".png") + " and .svg");
        }
        Files.writeString(out.resolve("README.md"), index, StandardCharsets.UTF_8);
        return ExitCodes.OK;
    }

    private static TraceModel run(Pattern pattern) {
        return run(pattern, List.of());
    }

    private static TraceModel run(Pattern pattern, List<String> params) {
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), params), PatternRun.Options.virtual());
        run.runHere();
        return run.buildModel();
    }

    private void write(TraceModel model, String name, ExportOptions options) throws IOException {
        ChartImageExporter.exportPng(model, out.resolve(name + ".png"), options);
        ChartImageExporter.exportSvg(model, out.resolve(name + ".svg"), options.withScale(1));
    }
}
