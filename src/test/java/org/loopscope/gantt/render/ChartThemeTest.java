package org.loopscope.gantt.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChartThemeTest {
    @Test
    void bothThemesDeclareEveryToken() {
        ChartTheme light = ChartTheme.load("light");
        ChartTheme dark = ChartTheme.load("dark");
        for (ThemeColor token : ThemeColor.values()) {
            assertThat(light.color(token)).as(token.cssName()).isNotNull();
            assertThat(dark.color(token)).as(token.cssName()).isNotNull();
        }
        assertThat(light.color(ThemeColor.RUNNING)).isEqualTo(Rgba.parseHex("#0072b2"));
        assertThat(dark.color(ThemeColor.CHART_BG)).isNotEqualTo(light.color(ThemeColor.CHART_BG));
    }

    @Test
    void stateColoursAreDistinctAndReadableOnTheBackground() {
        for (ChartTheme theme : new ChartTheme[] {ChartTheme.light(), ChartTheme.dark()}) {
            Rgba bg = theme.color(ThemeColor.CHART_BG);
            for (BarKind kind : new BarKind[] {BarKind.RUNNING, BarKind.BLOCKING, BarKind.BUSY, BarKind.STALLED}) {
                assertThat(contrast(theme.color(kind.color()), bg)).as(theme + " " + kind).isGreaterThan(2.0);
            }
            assertThat(contrast(theme.color(ThemeColor.LANE_TEXT), bg)).as(theme + " text").isGreaterThan(7.0);
            assertThat(java.util.Arrays.stream(BarKind.values()).map(k -> theme.color(k.color())).distinct().count())
                    .isEqualTo(BarKind.values().length);
        }
    }

    @Test
    void parserIgnoresCommentsAndRejectsMissingTokens() {
        assertThatThrownBy(() -> ChartTheme.parse("broken", ".root { /* -ls-running: #000; */ }"))
                .hasMessageContaining("-ls-running");
        assertThatThrownBy(() -> ChartTheme.load("sepia")).hasMessageContaining("sepia");
    }

    @Test
    void hexColoursParseWithAndWithoutAlpha() {
        assertThat(Rgba.parseHex("#fff")).isEqualTo(Rgba.WHITE);
        assertThat(Rgba.parseHex("#11223380").alpha()).isEqualTo(0x80);
        assertThat(Rgba.parseHex("#112233").red()).isEqualTo(0x11);
    }

    private static double contrast(Rgba a, Rgba b) {
        double hi = Math.max(a.luminance(), b.luminance());
        double lo = Math.min(a.luminance(), b.luminance());
        return (hi + 0.05) / (lo + 0.05);
    }
}
