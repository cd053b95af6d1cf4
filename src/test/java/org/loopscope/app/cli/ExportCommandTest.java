package org.loopscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.app.cli.CliRunner.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.export.ChromeTraceReader;
import org.loopscope.trace.Lane;
import org.loopscope.trace.TraceModel;
import org.w3c.dom.Document;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPngIsWrittenAtTheAskedScaleAndWidth() throws IOException {
        Path png = dir.resolve("gather.png");
        CliRunner.Result r = cli("export", "gather", "--format", "png", "--out", png.toString(), "--scale", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.lastOut()).startsWith("wrote " + png).contains("png, 5 lanes, 1.000 s");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);

        Path narrow = dir.resolve("narrow.png");
        assertThat(cli("export", "gather", "--out", narrow.toString(), "--width", "800", "--theme", "dark").exit()).isZero();
        assertThat(ImageIO.read(narrow.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void theSameVirtualExportWritesTheSameBytes() throws IOException {
        for (String ext : new String[] {"png", "svg", "json"}) {
            Path a = dir.resolve("a." + ext);
            Path b = dir.resolve("b." + ext);
            assertThat(cli("export", "blocking_call", "--out", a.toString()).exit()).isZero();
            assertThat(cli("export", "blocking_call", "--out", b.toString()).exit()).isZero();
            assertThat(Files.readAllBytes(a)).as(ext).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void aTraceExportReadsBackWithItsLanes() throws IOException {
        Path json = dir.resolve("t.json");
        assertThat(cli("export", "gather", "--format", "trace", "--out", json.toString(), "--param", "urls=4").exit()).isZero();
        TraceModel model = new ChromeTraceReader().read(json);
        assertThat(model.lanes()).extracting(Lane::name).contains("main", "fetch(url4)");
        assertThat(model.meta().pattern()).isEqualTo("gather");
    }

    @Test
    void aCompareSvgHoldsBothRunsOnOneAxis() throws Exception {
        Path svg = dir.resolve("cmp.svg");
        assertThat(cli("export", "sequential", "--compare", "gather", "--out", svg.toString()).exit()).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("sequential vs gather", "sequential · main", "gather · fetch(url1)");
    }

    @Test
    void anUnwritablePathIsOneClearLineAndLeavesNothingBehind() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Path target = file.resolve("out.png");
        CliRunner.Result r = cli("export", "gather", "--out", target.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).singleElement().satisfies(line -> assertThat(line).startsWith("loopscope: cannot write"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(cli("export", "gather", "--out", dir.resolve("x.gif").toString()).err())
                .containsExactly("loopscope: --format must be png, svg or trace, got 'gif'");
        assertThat(cli("export", "gather", "--out", dir.resolve("x.png").toString(), "--scale", "9").err())
                .singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: --scale must be"));
        assertThat(cli("export", "gather", "--out", dir.resolve("x.png").toString(), "--theme", "pink").exit()).isEqualTo(2);
        assertThat(cli("export", "nope", "--out", dir.resolve("x.png").toString()).err())
                .singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: unknown pattern 'nope'"));
        assertThat(cli("export", "gather", "--out", dir.resolve("x.png").toString(), "--param", "urls=1000000000").err())
                .singleElement().satisfies(l -> assertThat(l).contains("urls").contains("out of range"));
    }
}
