package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTextTest {
    private static final long MAX = ReadLimits.MAX_TIME_US * 1000;

    @ParameterizedTest
    @CsvSource({"0, 0.0", "1500000, 1500.0", "1500123, 1500.123", "1, 0.001", "10, 0.01",
        "-1, -0.001", "-1500, -1.5", "9223372036854775807, 9223372036854775.807"})
    void writesMicrosecondsWithTrimmedDecimals(long ns, String text) {
        assertThat(TimeText.decimal(ns, TimeText.MICROS)).isEqualTo(text);
    }

    @Test
    void writesOtherUnits() {
        assertThat(TimeText.decimal(1_234_567, TimeText.MILLIS)).isEqualTo("1.234567");
        assertThat(TimeText.decimal(3_012_000_000L, TimeText.SECONDS)).isEqualTo("3.012");
    }

    @ParameterizedTest
    @CsvSource({"1500.0, 1500000", "1500, 1500000", "0.0005, 1", "0.0004, 0", "-2.5, -2500",
        "1.5e3, 1500000", "15E-1, 1500", "1e-999999, 0", "0.123456789, 123", "-0, 0",
        "1000000000000.001, 1000000000000001"})
    void parsesMicrosecondsExactly(String text, long ns) {
        assertThat(TimeText.parseNanos(text, TimeText.MICROS, MAX)).isEqualTo(ns);
    }

    @Test
    void everyWrittenValueParsesBackToTheSameNanoseconds() {
        long[] samples = {0, 1, 999, 1000, 1001, 123_456_789_012L, 2_999_999_999_999_999_999L, -7};
        for (long ns : samples) {
            for (int scale : new int[] {TimeText.MICROS, TimeText.MILLIS, TimeText.SECONDS}) {
                assertThat(TimeText.parseNanos(TimeText.decimal(ns, scale), scale, MAX)).isEqualTo(ns);
            }
        }
    }

    @Test
    void refusesWhatIsNotANumberOrTooLarge() {
        assertThatThrownBy(() -> TimeText.parseNanos("1e300", TimeText.MICROS, MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the supported range");
        assertThatThrownBy(() -> TimeText.parseNanos("3000000000000001", TimeText.MICROS, MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
        assertThatThrownBy(() -> TimeText.parseNanos("1e99999999999", TimeText.MICROS, MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
        assertThatThrownBy(() -> TimeText.parseNanos("-", TimeText.MICROS, MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }
}
