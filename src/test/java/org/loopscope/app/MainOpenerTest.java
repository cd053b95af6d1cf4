package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.app.cli.ViewCommand;

/** {@code loopscope view FILE}: the command checks the file, then Main's opener launches the window with --open. */
class MainOpenerTest {
    @TempDir
    Path dir;

    @AfterEach
    void noOpener() {
        ViewCommand.setOpener(null); // other tests expect the command line without a window
    }

    @Test
    void viewLaunchesTheWindowWithTheFileToOpen() throws Exception {
        Path trace = TraceFiles.foreign(dir);
        List<String[]> launches = new ArrayList<>();
        ViewCommand.setOpener(Main.viewOpener(launches::add));
        // when
        int exit = Cli.run(new String[] {"view", trace.toString()}, quiet(), quiet());
        // then: one window launch, with an option the window itself accepts
        assertThat(exit).isZero();
        assertThat(launches).singleElement().satisfies(args -> {
            assertThat(args).containsExactly("--open", trace.toAbsolutePath().toString());
            assertThat(WindowOptions.isWindowOption(args[0])).isTrue();
            assertThat(WindowOptions.parse(List.of(args)).open()).isEqualTo(trace.toAbsolutePath().toString());
        });
    }

    @Test
    void aBrokenFileNeverReachesTheWindow() throws Exception {
        List<String[]> launches = new ArrayList<>();
        ViewCommand.setOpener(Main.viewOpener(launches::add));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"view", TraceFiles.truncated(dir).toString()}, quiet(), new PrintStream(err, true, "UTF-8"));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString("UTF-8")).startsWith("loopscope: ").contains("cut off");
        assertThat(launches).isEmpty();
    }

    @Test
    void aRelativePathIsMadeAbsoluteForTheWindow() {
        List<String[]> launches = new ArrayList<>();
        Main.viewOpener(launches::add).open(Path.of("trace.json"));
        assertThat(launches.get(0)[1]).isEqualTo(Path.of("trace.json").toAbsolutePath().toString());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
