package org.loopscope.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.patterns.RunSummary;
import org.loopscope.trace.MarkKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--clock", paramLabel = "virtual|real", defaultValue = "virtual",
            description = "virtual: instant and deterministic (default); real: wall time")
    String clock;

    @Option(names = "--rate", paramLabel = "R", description = "speed of the real clock, 0.05 to 4 (0.25 = slow motion)")
    Double rate;

    @Option(names = {"-p", "--param"}, paramLabel = "key=value", description = "a pattern parameter, e.g. --param delay=0.5")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() {
        Pattern pattern = PatternRegistry.require(id);
        Params values = Params.parse(pattern.params(), params);
        PatternRun run = new PatternRun(pattern, values, options());
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

    private PatternRun.Options options() {
        ClockKind kind = ClockKind.parse(clock);
        if (kind == ClockKind.VIRTUAL) {
            if (rate != null) {
                throw new BadParameterException("--rate applies to the real clock only (add --clock real)");
            }
            return PatternRun.Options.virtual();
        }
        return PatternRun.Options.real(rate == null ? 1.0 : rate);
    }
}
