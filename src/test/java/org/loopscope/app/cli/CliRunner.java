package org.loopscope.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.loopscope.app.Cli;

/** Runs the command line in-process and captures its exit code and output lines. */
final class CliRunner {
    record Result(int exit, List<String> out, List<String> err) {
        String lastOut() {
            return out.isEmpty() ? "" : out.get(out.size() - 1);
        }
    }

    private CliRunner() {
    }

    static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
