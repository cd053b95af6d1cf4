package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.app.PngOptionsViewModel.Colours;
import org.loopscope.export.ExportOptions;
import org.loopscope.gantt.render.ChartTheme;

class PngOptionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aDensityOrAWidthDecidesTheImageSize() {
        PngOptionsViewModel png = new PngOptionsViewModel();
        assertThat(png.imageWidth()).isEqualTo(1200);
        png.useScale(3);
        assertThat(png.imageWidth()).isEqualTo(3600);
        // a given width keeps the screen's proportions: about 1200 logical pixels
        assertThat(png.useWidth("1920 px")).isNull();
        assertThat(png.scaleProperty().get()).isEqualTo(2);
        assertThat(png.imageWidth()).isEqualTo(1920);
        ExportOptions options = png.options(false, true, false);
        assertThat(options.pixelWidth()).isEqualTo(1920);
        assertThat(options.scale()).isEqualTo(2);
        assertThat(options.callouts()).isFalse();
        // a density again drops the width
        png.useScale(1);
        assertThat(png.widthProperty().get()).isZero();
    }

    @Test
    void aBadWidthIsRefusedAndChangesNothing() {
        PngOptionsViewModel png = new PngOptionsViewModel();
        assertThat(png.useWidth("wide")).isEqualTo("'wide' is not a whole number of pixels");
        assertThat(png.useWidth("50")).isEqualTo("the width must be 200 to 16000 pixels");
        assertThat(png.imageWidth()).isEqualTo(1200);
    }

    @Test
    void coloursFollowTheWindowUnlessChosen() {
        PngOptionsViewModel png = new PngOptionsViewModel();
        assertThat(png.options(true, true, true).theme()).isEqualTo(ChartTheme.dark());
        assertThat(png.options(false, true, true).theme()).isEqualTo(ChartTheme.light());
        png.coloursProperty().set(Colours.LIGHT);
        png.transparentProperty().set(true);
        assertThat(png.options(true, true, true).theme()).isEqualTo(ChartTheme.light());
        assertThat(png.options(true, true, true).transparent()).isTrue();
        assertThat(png.describe()).isEqualTo("1× · 1200 px · transparent · light");
    }

    @Test
    void theOptionsAreRememberedInTheSettings() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        PngOptionsViewModel png = new PngOptionsViewModel();
        png.useWidth("3000");
        png.transparentProperty().set(true);
        png.coloursProperty().set(Colours.DARK);
        png.save(store);
        assertThat(store.save()).isTrue();
        PngOptionsViewModel again = new PngOptionsViewModel();
        again.load(new SettingsStore(dir.resolve("settings.properties")));
        assertThat(again.imageWidth()).isEqualTo(3000);
        assertThat(again.scaleProperty().get()).isEqualTo(png.scaleProperty().get());
        assertThat(again.transparentProperty().get()).isTrue();
        assertThat(again.coloursProperty().get()).isEqualTo(Colours.DARK);
    }
}
