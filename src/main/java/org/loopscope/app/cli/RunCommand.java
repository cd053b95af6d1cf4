package org.loopscope.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.RunSummary;
import org.loopscope.trace.MarkKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopscope run <id>}: runs a pattern without the window, prints each line the pattern
 * prints as it happens, then the run's summary. On the virtual clock the run is instant and the
 * same every time; on the real clock it takes the pattern's own time (scaled by {@code --rate}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a pattern headless: its printed lines as they happen, then a summary.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<id>", description = "the pattern to run (see 'list')")
    String id;

    @Mixin
    RunOptions how = new RunOptions();

    @Override
    public Integer call() {
        Pattern pattern = PatternRegistry.require(id);
        PatternRun run = new PatternRun(pattern, how.paramsFor(pattern), how.options());
        PrintWriter out = spec.commandLine().getOut();
        run.onMessage(message -> {
            if (message.kind() == MarkKind.PRINT) {
                out.println(message.format());
                out.flush();
            }
        });
        PatternRun.Outcome outcome = run.runHere();
        out.println("--- " + pattern.id() + " on the " + run.options().clock().label() + " clock ---");
        out.print(RunSummary.format(run.buildModel(), outcome));
        out.flush();
        return outcome.succeeded() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }
}
