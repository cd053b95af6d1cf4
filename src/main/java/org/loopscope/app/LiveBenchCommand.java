package org.loopscope.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.loopscope.app.cli.BenchCommand;
import org.loopscope.app.cli.ExitCodes;
import org.loopscope.loop.RealClock;
import org.loopscope.patterns.BadParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loopscope bench live}: {@link LivePulseBench} from the command line. It needs JavaFX, so
 * it lives here and {@link Cli} adds it under {@code bench}; {@code org.loopscope.app.cli} stays
 * free of JavaFX.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "The window while a huge semaphore run streams in on the real clock: FX pulse intervals "
                + "and work per frame (headless under Monocle when it is on the class path).")
final class LiveBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--requests", defaultValue = "100000", description = "requests (default 100000)")
    int requests;
    @Option(names = "--limit", defaultValue = "1000", description = "semaphore limit (default 1000)")
    int limit;
    @Option(names = "--delay", defaultValue = "0.1", description = "seconds per request (default 0.1)")
    double delay;
    @Option(names = "--rate", defaultValue = "4", description = "real clock rate, 0.05-4 (default 4)")
    double rate;
    @Option(names = "--max-seconds", defaultValue = "120", description = "stop measuring after this long (default 120)")
    double maxSeconds;
    @Option(names = "--warmups", defaultValue = "2",
            description = "runs of at most 10000 requests first, in the same window (default 2; 0 measures a cold window)")
    int warmups;

    @Override
    public Integer call() throws Exception {
        if (!(maxSeconds > 0)) {
            throw new BadParameterException("--max-seconds must be above 0, got " + maxSeconds);
        }
        // the pattern's own checks name the allowed ranges
        LaunchCheck.requireValid("semaphore", "urls=" + requests, "limit=" + limit, "delay=" + delay);
        if (!(rate >= RealClock.MIN_RATE && rate <= RealClock.MAX_RATE)) {
            throw new BadParameterException("--rate must be between " + RealClock.MIN_RATE + " and " + RealClock.MAX_RATE + ", got " + rate);
        }
        int checkedWarmups = BenchCommand.atLeast("--warmups", warmups, 0);
        PrintStream out = BenchCommand.out(spec);
        LivePulseBench.run(new LivePulseBench.Setup(requests, limit, delay, rate, maxSeconds, checkedWarmups), out);
        return ExitCodes.OK;
    }
}
