package org.loopscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistics bench overhead prints: per-round overheads, quantiles and the bootstrap interval. */
class OverheadBenchStatsTest {
    @Test
    void eachRoundIsComparedWithTheUntracedRunOfTheSameRound() {
        // Given two rounds on a machine that slowed down by half between them
        OverheadBench.Rounds rounds = new OverheadBench.Rounds(new double[][] {{100, 101, 105}, {150, 151.5, 157.5}});
        // Then the traced overhead is 5 % in both, whatever the drift
        assertThat(rounds.overheadPct(2, 0)).containsExactly(new double[] {5.0, 5.0}, within(1e-9));
        assertThat(rounds.overheadPct(1, 0)).containsExactly(new double[] {1.0, 1.0}, within(1e-9));
    }

    @Test
    void quantilesInterpolateBetweenTheClosestRanks() {
        double[] values = {4, 1, 3, 2};
        assertThat(OverheadBench.median(values)).isEqualTo(2.5);
        assertThat(OverheadBench.quantile(values, 0.25)).isEqualTo(1.75);
        assertThat(OverheadBench.quantile(values, 0)).isEqualTo(1);
        assertThat(OverheadBench.quantile(values, 1)).isEqualTo(4);
        assertThat(values).containsExactly(4, 1, 3, 2); // the caller's array is left as it was
    }

    @Test
    void theBootstrapIntervalHoldsTheMedianAndIsRepeatable() {
        double[] values = new double[41];
        for (int i = 0; i < values.length; i++) {
            values[i] = 5 + Math.sin(i) * 3; // spread 2..8 around 5
        }
        double[] interval = OverheadBench.bootstrapMedianInterval(values, 2000, 42);
        assertThat(interval[0]).isLessThanOrEqualTo(OverheadBench.median(values)).isGreaterThan(2);
        assertThat(interval[1]).isGreaterThanOrEqualTo(OverheadBench.median(values)).isLessThan(8);
        assertThat(OverheadBench.bootstrapMedianInterval(values, 2000, 42)).containsExactly(interval);
        double[] same = {3, 3, 3};
        assertThat(OverheadBench.bootstrapMedianInterval(same, 100, 1)).containsExactly(3, 3);
    }
}
