package org.loopscope.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.gantt.render.Rgba;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen painter fills straight lines and rectangle outlines instead of stroking them (the
 * software pipeline strokes slowly): the pixels are those of the stroke, square caps included,
 * and a translucent outline is not darker at its corners.
 */
@ExtendWith(ApplicationExtension.class)
class FxCanvasPainterTest {
    private static final Rgba INK = Rgba.of(200, 30, 40, 255);

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void aVerticalLineCoversItsColumnAndHalfItsWidthPastEachEnd() throws Exception {
        PixelReader px = paint(p -> p.line(10.5, 20, 10.5, 60, INK, 1));
        assertThat(px.getColor(10, 20)).isEqualTo(opaque(INK));
        assertThat(px.getColor(10, 40)).isEqualTo(opaque(INK));
        assertThat(px.getColor(10, 59)).isEqualTo(opaque(INK));
        assertThat(px.getColor(9, 40)).as("left of the line").isEqualTo(Color.WHITE);
        assertThat(px.getColor(11, 40)).as("right of the line").isEqualTo(Color.WHITE);
        assertThat(px.getColor(10, 18)).as("beyond the square cap").isEqualTo(Color.WHITE);
        assertThat(px.getColor(10, 61)).isEqualTo(Color.WHITE);
    }

    @Test
    void aHorizontalLineDrawnRightToLeftCoversItsRow() throws Exception {
        PixelReader px = paint(p -> p.line(70, 30.5, 20, 30.5, INK, 1));
        assertThat(px.getColor(20, 30)).isEqualTo(opaque(INK));
        assertThat(px.getColor(69, 30)).isEqualTo(opaque(INK));
        assertThat(px.getColor(45, 29)).isEqualTo(Color.WHITE);
        assertThat(px.getColor(45, 31)).isEqualTo(Color.WHITE);
    }

    @Test
    void aDiagonalLineIsStillDrawn() throws Exception {
        PixelReader px = paint(p -> p.line(20, 20, 60, 60, INK, 2));
        assertThat(px.getColor(40, 40)).isNotEqualTo(Color.WHITE);
        assertThat(px.getColor(40, 20)).isEqualTo(Color.WHITE);
    }

    @Test
    void aRectangleOutlineIsItsFourEdgesWithTheInsideUntouchedAndEvenCorners() throws Exception {
        Rgba translucent = Rgba.of(0, 0, 200, 128);
        PixelReader px = paint(p -> p.strokeRect(20.5, 20.5, 40, 30, translucent, 1));
        Color edge = px.getColor(40, 20);
        assertThat(edge).isNotEqualTo(Color.WHITE);
        assertThat(px.getColor(20, 20)).as("a corner is covered once").isEqualTo(edge);
        assertThat(px.getColor(60, 50)).isEqualTo(edge);
        assertThat(px.getColor(20, 35)).isEqualTo(edge);
        assertThat(px.getColor(60, 35)).isEqualTo(edge);
        assertThat(px.getColor(40, 50)).isEqualTo(edge);
        assertThat(px.getColor(40, 35)).as("inside").isEqualTo(Color.WHITE);
        assertThat(px.getColor(40, 18)).as("outside").isEqualTo(Color.WHITE);
    }

    @Test
    void linesAndOutlinesStayInsideTheClip() throws Exception {
        PixelReader px = paint(p -> {
            p.pushClip(0, 0, 50, 50);
            p.line(30.5, 10, 30.5, 90, INK, 1);
            p.line(10, 40.5, 90, 40.5, INK, 1);
            p.strokeRect(35.5, 5.5, 40, 20, INK, 1);
            p.popClip();
        });
        assertThat(px.getColor(30, 45)).isEqualTo(opaque(INK));
        assertThat(px.getColor(30, 60)).as("below the clip").isEqualTo(Color.WHITE);
        assertThat(px.getColor(60, 40)).as("right of the clip").isEqualTo(Color.WHITE);
        assertThat(px.getColor(45, 5)).isEqualTo(opaque(INK));
        assertThat(px.getColor(75, 15)).as("the outline's right edge lies outside").isEqualTo(Color.WHITE);
    }

    /** Paints on a white 100×100 canvas and returns its pixels. */
    private static PixelReader paint(Consumer<FxCanvasPainter> drawing) throws Exception {
        return fx(() -> {
            Canvas canvas = new Canvas(100, 100);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, 100, 100);
            FxCanvasPainter painter = new FxCanvasPainter();
            painter.begin(canvas.getGraphicsContext2D());
            drawing.accept(painter);
            return canvas.snapshot(new SnapshotParameters(), null).getPixelReader();
        });
    }

    private static Color opaque(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
