package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.gantt.render.SampleTraces;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {
    @TempDir
    Path dir;

    @Test
    void svgParsesBackWithTheLanesAndBarsOfTheModel() throws Exception {
        Path file = dir.resolve("chart.svg");
        ChartImageExporter.exportSvg(SampleTraces.gather(), file, ExportOptions.defaults());

        Document doc = parse(Files.readAllBytes(file));
        List<Element> bars = elements(doc, "rect");
        Set<String> lanesWithBars = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (Element bar : bars) {
            if (bar.hasAttribute("data-lane")) {
                lanesWithBars.add(bar.getAttribute("data-lane"));
                states.add(bar.getAttribute("data-state") + "@" + bar.getAttribute("data-lane"));
            }
        }
        assertThat(lanesWithBars).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
        assertThat(states).contains("running@4", "blocking@2", "starved@3", "stalled@0", "waiting@1", "idle@0");
        List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("fetch(url1)", "fetch(url2)", "worker-1", "gather() with a blocking call", "running");
    }

    @Test
    void textIsEscaped() throws Exception {
        TraceModel model = new TraceModel();
        int lane = model.addLane("<odd & \"quoted\">", LaneKind.TASK, -1);
        model.addSegment(lane, 0, 1_000_000_000L, SegmentState.WAITING, "a<b", 0);

        Document doc = parse(ChartImageExporter.renderSvg(model, ExportOptions.defaults()).getBytes(StandardCharsets.UTF_8));

        List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("<odd & \"quoted\">", "a<b");
    }

    @Test
    void sameModelGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.svg");
        Path second = dir.resolve("b.svg");
        ChartImageExporter.exportSvg(SampleTraces.gather(), first, ExportOptions.defaults());
        ChartImageExporter.exportSvg(SampleTraces.gather(), second, ExportOptions.defaults());
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
