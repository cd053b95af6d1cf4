package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.gantt.render.SampleTraces.MS;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.SampleTraces;
import org.loopscope.gantt.render.ThemeColor;
import org.loopscope.trace.TraceModel;

class PngExportTest {
    @TempDir
    Path dir;

    private final TraceModel model = SampleTraces.gather();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void imageSizeFollowsTheScaleAndTheLaneCount(int scale) throws IOException {
        ExportOptions options = ExportOptions.defaults().withScale(scale);
        Path file = dir.resolve("chart.png");

        ChartImageExporter.exportPng(model, file, options);

        BufferedImage image = ImageIO.read(file.toFile());
        ChartLayout layout = ChartImageExporter.layoutFor(model, options);
        assertThat(image.getWidth()).isEqualTo(ExportOptions.DEFAULT_WIDTH * scale);
        double lanesBottom = layout.plotTop() + model.laneCount() * ChartLayout.LANE_HEIGHT;
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height() * scale));
        assertThat(layout.height()).as("every lane fits").isGreaterThanOrEqualTo(lanesBottom);
    }

    @Test
    void aGivenWidthIsTheImageWidth() throws IOException {
        BufferedImage image = ChartImageExporter.renderPng(model, ExportOptions.defaults().withPixelWidth(800));
        assertThat(image.getWidth()).isEqualTo(800);

        BufferedImage moreLanes = ChartImageExporter.renderPng(SampleTraces.dense(40, 400), ExportOptions.defaults());
        assertThat(moreLanes.getHeight()).as("height follows the lane count").isGreaterThan(40 * 24);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aRunningSegmentHasTheRunningColourWhereTheLayoutPutsIt(int scale) throws IOException {
        ExportOptions options = ExportOptions.defaults().withScale(scale);
        BufferedImage image = ChartImageExporter.renderPng(model, options);
        ChartLayout layout = ChartImageExporter.layoutFor(model, options);

        // worker-1 runs read_file() from 50 to 400 ms; look at 100 ms, just under the bar's top edge
        // (its label is written in the middle of the bar).
        double x = layout.axis().x(100 * MS);
        double y = layout.laneTop(SampleTraces.WORKER) + ChartLayout.BAR_INSET + 2.5;
        int argb = image.getRGB((int) (x * scale), (int) (y * scale));

        assertThat(argb).isEqualTo(ChartTheme.light().color(ThemeColor.RUNNING).argb());
    }

    @Test
    void darkThemePaintsTheDarkBackground() throws IOException {
        ExportOptions options = ExportOptions.defaults().withTheme(ChartTheme.dark());
        BufferedImage image = ChartImageExporter.renderPng(model, options);
        assertThat(image.getRGB(image.getWidth() - 2, image.getHeight() - 2))
                .isEqualTo(ChartTheme.dark().color(ThemeColor.CHART_BG).argb());
    }

    @Test
    void transparentBackgroundLeavesEmptyAreasClear() throws IOException {
        BufferedImage image = ChartImageExporter.renderPng(model, ExportOptions.defaults().withTransparent(true));
        // the bottom-right margin holds nothing
        assertThat(image.getRGB(image.getWidth() - 2, image.getHeight() - 2) >>> 24).isZero();
        BufferedImage opaque = ChartImageExporter.renderPng(model, ExportOptions.defaults());
        assertThat(opaque.getRGB(opaque.getWidth() - 2, opaque.getHeight() - 2) >>> 24).isEqualTo(255);
    }

    @Test
    void sameModelGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.png");
        Path second = dir.resolve("b.png");
        ChartImageExporter.exportPng(SampleTraces.gather(), first, ExportOptions.defaults().withScale(2));
        ChartImageExporter.exportPng(SampleTraces.gather(), second, ExportOptions.defaults().withScale(2));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void unwritablePathFailsClearlyAndLeavesNothing() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("chart.png");
        assertThatThrownBy(() -> ChartImageExporter.exportPng(model, missing, ExportOptions.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(missing.getParent())).isFalse();

        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        boolean locked = readOnly.toFile().setWritable(false);
        try {
            // root ignores permissions; only assert the failure when the folder is really read-only
            if (locked && !Files.isWritable(readOnly)) {
                assertThatThrownBy(() -> ChartImageExporter.exportPng(model, readOnly.resolve("c.png"), ExportOptions.defaults()))
                        .isInstanceOf(IOException.class).hasMessageContaining("not writable");
            }
            try (Stream<Path> left = Files.list(readOnly)) {
                assertThat(left).isEmpty();
            }
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void aFailingWriteLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("fails.png");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "old");
        ChartImageExporter.exportPng(model, file, ExportOptions.defaults());
        assertThat(ImageIO.read(file.toFile())).isNotNull();
    }
}
