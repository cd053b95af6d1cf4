package org.loopscope.bench;

import java.util.concurrent.TimeUnit;
import org.loopscope.loop.WallTicker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The two reads a traced switch chooses between: the wall clock, and the ticker's counter. Run by bench/jmh.sh. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ClockReadBenchmark {
    @Benchmark
    public long nanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public int tickerCounter() {
        return WallTicker.ticks();
    }
}
