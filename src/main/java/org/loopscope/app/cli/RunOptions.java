package org.loopscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.patterns.BadParameterException;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.TraceModel;
import picocli.CommandLine.Option;

/** How to run a pattern, shared by {@code run}, {@code export} and {@code gallery}: clock, rate, parameters. */
public final class RunOptions {
    @Option(names = "--clock", paramLabel = "virtual|real", defaultValue = "virtual",
            description = "virtual: instant and deterministic (default); real: wall time")
    String clock;

    @Option(names = "--rate", paramLabel = "R", description = "speed of the real clock, 0.05 to 4 (0.25 = slow motion)")
    Double rate;

    @Option(names = {"-p", "--param"}, paramLabel = "key=value", description = "a pattern parameter, e.g. --param delay=0.5")
    List<String> params = new ArrayList<>();

    PatternRun.Options options() {
        ClockKind kind = ClockKind.parse(clock);
        if (kind == ClockKind.VIRTUAL) {
            if (rate != null) {
                throw new BadParameterException("--rate applies to the real clock only (add --clock real)");
            }
            return PatternRun.Options.virtual();
        }
        return PatternRun.Options.real(rate == null ? 1.0 : rate);
    }

    Params paramsFor(Pattern pattern) {
        return Params.parse(pattern.params(), params);
    }

    /** Runs the pattern to its end on this thread and returns its chart model. */
    TraceModel runToModel(Pattern pattern) {
        PatternRun run = new PatternRun(pattern, paramsFor(pattern), options());
        run.runHere();
        return run.buildModel();
    }

    /** The second pattern of a compare runs with default parameters: --param applies to the first. */
    TraceModel runToModelWithDefaults(Pattern pattern) {
        PatternRun run = new PatternRun(pattern, Params.defaults(pattern.params()), options());
        run.runHere();
        return run.buildModel();
    }
}
