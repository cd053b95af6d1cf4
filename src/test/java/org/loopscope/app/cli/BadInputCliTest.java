package org.loopscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.app.cli.CliRunner.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopscope.export.ReadLimits;

/**
 * Every bad input on the command line gets one clear line on stderr, exit code 2, nothing on
 * stdout, and loses nothing: parameters out of range, trace files that are malformed, cut off,
 * of the wrong types or enormous, export paths that cannot be written. (Unknown patterns and
 * options: {@code CliTest#everyMistakeIsOneLineAndExitCodeTwo}.)
 */
class BadInputCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "semaphore     | delay=-1          | parameter delay: -1.0 is out of range (allowed: 0.0 to 60.0)",
        "semaphore     | limit=0           | parameter limit: 0 is out of range (allowed: 1 to 1000)",
        "semaphore     | urls=1000000000   | parameter urls: 1000000000 is out of range (allowed: 1 to 100000)",
        "semaphore     | urls=1e9          | parameter urls: 1000000000 is out of range (allowed: 1 to 100000)",
        "blocking_call | ticks=1000000000  | parameter ticks: 1000000000 is out of range (allowed: 1 to 10000)",
        "blocking_call | block=-0.5        | parameter block: -0.5 is out of range (allowed: 0.0 to 3600.0)",
        "gather        | delay=1e400       | parameter delay: Infinity is not a finite number (allowed: 0.0 to 60.0)",
    })
    void aParameterOutOfRangeIsNamedWithWhatIsAllowed(String pattern, String param, String message) {
        for (String command : new String[] {"run", "export"}) {
            List<String> args = command.equals("run")
                    ? List.of("run", pattern, "--param", param)
                    : List.of("export", pattern, "--param", param, "--out", dir.resolve("x.png").toString());
            CliRunner.Result r = cli(args.toArray(String[]::new));
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).containsExactly("loopscope: " + message);
        }
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed     | hello world                                     | line 1, column 7: Unrecognized token 'hello'",
        "cut off       | {\"traceEvents\":[{\"ph\":\"X\",\"ts\":1,        | the file is cut off",
        "wrong type    | [{\"ph\":\"X\",\"ts\":\"12\",\"dur\":1}]          | traceEvents[0]: ts must be a number, found a string",
        "wrong top     | 42                                              | expected a JSON object or array, found a number",
        "huge exponent | [{\"ph\":\"X\",\"ts\":0,\"dur\":1e99999999}]      | dur: 1e99999999 is beyond the supported range",
    })
    void aBadTraceFileIsOneLineSayingWhereAndWhat(String what, String content, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), content.strip(), StandardCharsets.UTF_8);
        for (String[] args : new String[][] {{"view", "--check", file.toString()}, {"view", file.toString()}}) {
            CliRunner.Result r = cli(args);
            assertThat(r.exit()).as(what).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: " + file + ": ").contains(expected));
        }
        assertThat(Files.readString(file)).as("the file is left as it was").isEqualTo(content.strip());
    }

    @Test
    void anEnormousFileIsRefusedFromItsSizeAtOnce() throws IOException {
        // given: a sparse file one byte over the reader's limit (2 GB) — no disk space used
        Path huge = dir.resolve("huge.json");
        long limit = ReadLimits.defaults().maxBytes();
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(limit + 1);
        }
        // when
        long start = System.nanoTime();
        CliRunner.Result r = cli("view", "--check", huge.toString());
        // then
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(1_000);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsExactly("loopscope: " + huge + ": the file is " + (limit + 1)
                + " bytes, larger than the limit of " + limit + " bytes");
    }

    @Test
    void emptyBinaryMissingAndDirectoryAreRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.json"));
        byte[] garbage = new byte[2048];
        new java.util.Random(3).nextBytes(garbage);
        Path binary = Files.write(dir.resolve("binary.json"), garbage);
        for (Path p : List.of(empty, binary, dir.resolve("missing.json"), dir)) {
            CliRunner.Result r = cli("view", "--check", p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(2);
            assertThat(r.err()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: " + p + ": ")
                    .doesNotContainPattern("\\p{Cntrl}").hasSizeLessThan(300));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "trace"})
    void anExportPathThatCannotBeWrittenLeavesNothingBehind(String format) throws IOException {
        // given: a file that must survive, a directory, and paths that cannot be written
        Path keep = Files.writeString(dir.resolve("keep.txt"), "keep me");
        Path folder = Files.createDirectory(dir.resolve("folder.out"));
        for (Path target : List.of(keep.resolve("x.out"), dir.resolve("no/such/dir/x.out"), folder)) {
            // when
            CliRunner.Result r = cli("export", "gather", "--format", format, "--out", target.toString());
            // then: one line naming the path, exit code 2, and nothing written anywhere
            assertThat(r.exit()).as(target.toString()).isEqualTo(2);
            assertThat(r.err()).singleElement().satisfies(l -> assertThat(l).startsWith("loopscope: cannot write " + target + ": "));
        }
        assertThat(Files.readString(keep)).isEqualTo("keep me");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()))
                    .containsExactlyInAnyOrder("keep.txt", "folder.out");
        }
    }
}
