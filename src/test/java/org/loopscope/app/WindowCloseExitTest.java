package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the window during a run ends the JVM by itself: the app is started for real in a child
 * JVM (headless, under Monocle) with a real-clock run stuck in {@code time.sleep(3600)}, the
 * window gets the close request a click on its close button sends, and the process must exit
 * with code 0 within 2 s. No {@code System.exit} is involved, so one stray non-daemon thread or
 * executor pool left running would keep the process alive and fail the test.
 */
class WindowCloseExitTest {
    private static final String CLOSING = "loopscope: closing the window";

    @Test
    void closingTheWindowDuringABlockingRunExitsTheJvmWithinTwoSeconds() throws Exception {
        // given: the app running blocking_call on the real clock, the loop held by an hour-long sleep,
        // and asked to close its window 2.5 s after it shows (the block starts at once)
        Process app = new ProcessBuilder(command("--pattern", "blocking_call", "--run", "--clock", "real",
                "--param", "block=3600", "--close-after-ms", "2500")).start();
        List<String> err = new CopyOnWriteArrayList<>();
        drain(app.getErrorStream(), err::add);
        CompletableFuture<Long> closedAt = new CompletableFuture<>();
        drain(app.getInputStream(), line -> {
            if (line.startsWith(CLOSING)) {
                closedAt.complete(System.nanoTime());
            }
        });
        try {
            // when: the close request is sent
            long closed = closedAt.get(30, TimeUnit.SECONDS);
            // then: the process ends by itself within 2 s, successfully
            boolean exited = app.waitFor(2_000 - (System.nanoTime() - closed) / 1_000_000, TimeUnit.MILLISECONDS);
            assertThat(exited).as("exited within 2 s of the close; stderr: %s", err).isTrue();
            assertThat((System.nanoTime() - closed) / 1e6).isLessThan(2_000);
            assertThat(app.exitValue()).as("exit code; stderr: %s", err).isZero();
        } finally {
            app.destroyForcibly();
        }
    }

    @Test
    void aBadLaunchOptionIsOneLineAndExitCodeTwoWithoutOpeningAWindow() throws Exception {
        Process app = new ProcessBuilder(command("--pattern", "gahter", "--run")).redirectErrorStream(false).start();
        List<String> err = new CopyOnWriteArrayList<>();
        List<String> out = new CopyOnWriteArrayList<>();
        drain(app.getErrorStream(), err::add);
        drain(app.getInputStream(), out::add);

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).isEqualTo(2);
        Thread.sleep(100); // the drains read the last lines
        assertThat(err).filteredOn(l -> !l.startsWith("WARNING")) // the JDK's own warnings about the toolkit, if any
                .containsExactly("loopscope: unknown pattern 'gahter' (run 'list' to see the 16 patterns)");
        assertThat(out).isEmpty();
    }

    /** The JVM running this test, with its class path and the same headless toolkit settings as the build's tests. */
    private static List<String> command(String... appArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElseThrow());
        cmd.addAll(List.of("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(appArgs));
        return cmd;
    }

    private static void drain(InputStream stream, java.util.function.Consumer<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
    }
}
