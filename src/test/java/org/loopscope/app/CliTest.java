package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {
    /** One invocation's exit code and output lines. */
    record Result(int exit, List<String> out, List<String> err) {
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static void usageError(Result r, String message) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsExactly(message);
    }

    @Test
    void listShowsIdCategoryAndTitleInTheGuidesOrder() {
        Result r = cli("list");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).hasSize(16);
        assertThat(r.out().get(0)).isEqualTo("sequential\tbasics\tWithout asyncio: three fetches, one after the other");
        assertThat(r.out()).allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
        assertThat(r.out().get(15)).startsWith("nested_run\tpitfalls\t");
    }

    @Test
    void runPrintsTheLinesAsTheyHappenThenTheSummary() {
        Result r = cli("run", "create_task");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().subList(0, 4)).containsExactly(
                "[  0.000s] main: doing other work...",
                "[  1.000s] main: still working...",
                "[  2.000s] background_job: background done",
                "--- create_task on the virtual clock ---");
        assertThat(r.out()).contains("tasks:").last().isEqualTo("total: 2.000 s");
    }

    @Test
    void runTakesParametersAndTheRealClock() {
        Result r = cli("run", "gather", "--clock", "real", "--rate", "4", "--param", "delay=0.05", "-p", "urls=2");
        assertThat(r.exit()).isZero();
        assertThat(r.out().get(0)).endsWith("main: ['done: url1', 'done: url2']");
        assertThat(r.out()).contains("--- gather on the real clock ---");
    }

    @Test
    void everyMistakeIsOneLineAndExitCodeTwo() {
        usageError(cli("run", "nope"), "loopscope: unknown pattern 'nope' (run 'list' to see the 16 patterns)");
        usageError(cli("run", "gather", "--param", "delay=x"), "loopscope: parameter delay: 'x' is not a number (allowed: 0.0 to 60.0)");
        usageError(cli("run", "gather", "--param", "speed=1"), "loopscope: unknown parameter 'speed' (known: urls, delay)");
        usageError(cli("run", "gather", "--clock", "fast"), "loopscope: clock must be 'virtual' or 'real', got 'fast'");
        usageError(cli("run", "gather", "--clock", "real", "--rate", "9"), "loopscope: rate must be between 0.05 and 4.0, got 9.0");
        usageError(cli("run", "gather", "--rate", "2"), "loopscope: --rate applies to the real clock only (add --clock real)");
        usageError(cli("run", "gather", "--bogus"), "loopscope: Unknown option: '--bogus'");
        usageError(cli("run"), "loopscope: Missing required parameter: '<id>'");
        usageError(cli("frobnicate"), "loopscope: Unmatched argument at index 0: 'frobnicate'");
        Result badRate = cli("run", "gather", "--clock", "real", "--rate", "quick");
        assertThat(badRate.exit()).isEqualTo(2);
        assertThat(badRate.err()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: Invalid value for option '--rate': 'quick'"));
    }

    @Test
    void noSubcommandShowsTheUsageAndFails() {
        Result r = cli();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).anySatisfy(l -> assertThat(l).contains("Usage: loopscope"));
        assertThat(r.err()).anySatisfy(l -> assertThat(l).contains("run"));
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(cli("--help").exit()).isZero();
        Result version = cli("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope "));
    }
}
