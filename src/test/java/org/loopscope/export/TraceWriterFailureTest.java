package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.trace.Mark;
import org.loopscope.trace.TraceModel;

/** A failed write says why, leaves no temporary file and never damages an existing file. */
class TraceWriterFailureTest {
    private final ChromeTraceWriter writer = new ChromeTraceWriter();

    @TempDir
    Path dir;

    @Test
    void missingDirectoryIsNamed() throws IOException {
        Path target = dir.resolve("no/such/dir/x.json");

        assertThatThrownBy(() -> writer.write(SampleTraces.everything(), target))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": directory does not exist");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void pathUnderARegularFileFails() throws IOException {
        // root ignores permission bits, but nothing can create a file inside a file
        Path file = Files.writeString(dir.resolve("somefile.txt"), "keep me");
        Path target = file.resolve("out.json");

        assertThatThrownBy(() -> writer.write(SampleTraces.everything(), target))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": " + file + " is a file, not a directory");
        assertThat(filesIn(dir)).containsExactly("somefile.txt");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void targetThatIsADirectoryFails() throws IOException {
        Path target = Files.createDirectory(dir.resolve("trace.json"));

        assertThatThrownBy(() -> writer.write(SampleTraces.everything(), target))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": it is a directory");
        assertThat(filesIn(dir)).containsExactly("trace.json");
    }

    @Test
    void failureWhileWritingKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        // given a good file already in place
        Path target = dir.resolve("trace.json");
        writer.write(SampleTraces.everything(), target);
        byte[] before = Files.readAllBytes(target);

        // when a model that fails half-way (a mark without a kind) is written over it
        TraceModel broken = SampleTraces.everything();
        broken.addMark(new Mark(1, 0, null, "no kind"));

        // then the write fails, the old file is intact and no temporary file is left
        assertThatThrownBy(() -> writer.write(broken, target))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + target + ": ");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("trace.json");
    }

    @Test
    void successfulWriteReplacesTheOldFileAndLeavesNothingElse() throws IOException {
        Path target = Files.writeString(dir.resolve("trace.json"), "old");

        writer.write(SampleTraces.everything(), target);

        assertThat(Files.readString(target)).startsWith("{\"traceEvents\":[");
        assertThat(filesIn(dir)).containsExactly("trace.json");
    }

    @Test
    void relativePathsWork() throws IOException {
        Path target = Path.of("target", "writer-test-" + ProcessHandle.current().pid() + ".json");
        try {
            writer.write(SampleTraces.everything(), target);
            assertThat(new ChromeTraceReader().check(target).lanes()).isEqualTo(4);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
