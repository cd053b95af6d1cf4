package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;

class WindowOptionsTest {
    @Test
    void parsesBothSpellingsOfEveryOption() {
        WindowOptions o = WindowOptions.parse(List.of("--pattern", "gather", "--run", "--clock=virtual", "--compare", "blocking_call",
                "--dark", "--large-text", "--tab", "Inspector", "--param", "urls=5", "--param=delay=0.5", "--select", "main",
                "--open", "trace.json", "--close-after-ms", "1500"));
        assertThat(o).isEqualTo(new WindowOptions("gather", ClockKind.VIRTUAL, true, "blocking_call", true, true, "inspector",
                Map.of("urls", "5", "delay", "0.5"), "main", "trace.json", 1500));
        assertThat(WindowOptions.isWindowOption("--open=viz.json")).isTrue();
        assertThat(WindowOptions.parse(List.of())).isEqualTo(WindowOptions.none());
    }

    @Test
    void onlyTheWindowsOwnOptionsOpenTheWindow() {
        assertThat(WindowOptions.isWindowOption("--pattern")).isTrue();
        assertThat(WindowOptions.isWindowOption("--pattern=gather")).isTrue();
        assertThat(WindowOptions.isWindowOption("--run")).isTrue();
        // the command line keeps its own words and options
        assertThat(WindowOptions.isWindowOption("--help")).isFalse();
        assertThat(WindowOptions.isWindowOption("--version")).isFalse();
        assertThat(WindowOptions.isWindowOption("run")).isFalse();
    }

    @Test
    void mistakesAreReportedClearly() {
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--patern", "gather")))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("unknown window option '--patern'").hasMessageContaining("--pattern");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--pattern")))
                .isInstanceOf(BadParameterException.class).hasMessage("option --pattern needs a value");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--param", "urls")))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("must look like key=value");
        assertThatThrownBy(() -> WindowOptions.parse(List.of("--close-after-ms", "soon")))
                .isInstanceOf(BadParameterException.class)
                .hasMessage("--close-after-ms must be a whole number of milliseconds above 0, got 'soon'");
    }

    @Test
    void optionsAreAppliedToTheViewModel() {
        MainViewModel vm = new MainViewModel(PatternRegistry.all());
        LoopscopeApp.apply(WindowOptions.parse(List.of("--pattern", "blocking_call", "--clock", "virtual", "--param", "block=2",
                "--compare", "gather", "--dark", "--tab", "console")), vm);
        assertThat(vm.selectedPatternProperty().get().id()).isEqualTo("blocking_call");
        assertThat(vm.clockProperty().get()).isEqualTo(ClockKind.VIRTUAL);
        assertThat(vm.params().field("block").textProperty().get()).isEqualTo("2");
        assertThat(vm.compareModeProperty().get()).isTrue();
        assertThat(vm.comparePatternProperty().get().id()).isEqualTo("gather");
        assertThat(vm.darkThemeProperty().get()).isTrue();
        assertThat(vm.sideTabProperty().get()).isEqualTo("console");
    }
}
