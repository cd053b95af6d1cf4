package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.TraceModel;

/**
 * Thousands of corrupted variants of valid files: the reader must answer each quickly with a
 * model or a TraceFormatException — never another exception, never a hang, never a model
 * larger than its input, never more memory allocated than a fixed amount plus a constant per
 * input byte (see {@link TraceReaderBoundsTest}).
 */
class TraceReaderFuzzTest {
    /** -Dfuzz.cases=200000 -Dfuzz.seed=N fuzzes harder locally; the default keeps the build quick. */
    private static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_240_501);
    /** The first cases load the classes of each way to fail; their allocation is not the input's. */
    private static final int WARM_UP = 100;
    private static final String[] ODD_VALUES = {"1e999", "-5", "\"12\"", "99999999999999999999999", "-0.0",
        "1e-999999", "NaN", "3.0e15", "-3e15", "null", "{}", "[]", "true", "1.5", "0", "\"\"", "9e18"};

    @Test
    void mutatedFilesNeverHangOrThrowAnythingElse() throws IOException {
        byte[][] seeds = {loopscopeFile(), foreignFile()};
        Random random = new Random(SEED);
        int[] outcomes = new int[2];

        assertTimeoutPreemptively(Duration.ofSeconds(20L * Math.max(1, CASES / 3000)), () -> {
            for (int i = 0; i < CASES; i++) {
                byte[] input = seeds[i % seeds.length];
                int rounds = 1 + random.nextInt(3);
                for (int r = 0; r < rounds; r++) {
                    input = mutate(input, random);
                }
                outcomes[readOne(i, input) ? 0 : 1]++;
            }
        });

        // both outcomes occur, so the mutations are neither all harmless nor all fatal
        assertThat(outcomes[0]).as("read fine").isGreaterThan(50);
        assertThat(outcomes[1]).as("refused").isGreaterThan(CASES / 2);
    }

    /** True if the input was read, false if it was refused properly; fails the test otherwise. */
    private static boolean readOne(int index, byte[] input) {
        long allocatedBefore = TraceReaderBoundsTest.allocatedBytes();
        try {
            TraceModel model = new ChromeTraceReader().load(new ByteArrayInputStream(input), "fuzz.json").model();
            long size = model.laneCount() + model.segmentCount() + model.marks().size()
                    + model.edges().size() + model.callouts().size();
            assertThat(size).as("model size of case %d", index).isLessThanOrEqualTo(input.length);
            return true;
        } catch (TraceFormatException e) {
            assertThat(e.getMessage()).as("case %d", index).startsWith("fuzz.json: ").doesNotContain("\n");
            return false;
        } catch (Throwable e) {
            fail("case " + index + " threw " + e + " for input: " + preview(input), e);
            return false;
        } finally {
            long allocated = TraceReaderBoundsTest.allocatedBytes() - allocatedBefore;
            if (index >= WARM_UP) {
                assertThat(allocated).as("bytes allocated by case %d", index).isLessThan(
                        TraceReaderBoundsTest.ALLOCATED_FIXED + TraceReaderBoundsTest.ALLOCATED_PER_INPUT_BYTE * input.length);
            }
        }
    }

    private static byte[] mutate(byte[] in, Random random) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(9)) {
            case 0 -> flipBit(in, at, random);
            case 1 -> splice(in, at, 0, new byte[] {(byte) random.nextInt(256)});
            case 2 -> splice(in, at, Math.min(in.length - at, 1 + random.nextInt(20)), new byte[0]);
            case 3 -> Arrays.copyOf(in, at);
            case 4 -> swapTokens(in, random);
            case 5 -> replaceNumber(in, at, random);
            case 6 -> splice(in, at, 0, ascii(new String[] {"[", "{", "]]", "}}", "[[[[", ",", "\""}[random.nextInt(7)]));
            case 7 -> duplicateLine(in, at);
            default -> splice(in, at, 0, ascii(ODD_VALUES[random.nextInt(ODD_VALUES.length)]));
        };
    }

    private static byte[] flipBit(byte[] in, int at, Random random) {
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    /** Swaps two tokens (runs between JSON punctuation), e.g. a name and a number. */
    private static byte[] swapTokens(byte[] in, Random random) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        String[] parts = text.split("(?<=[,:\\[\\]{}])|(?=[,:\\[\\]{}])");
        if (parts.length < 2) {
            return in;
        }
        int a = random.nextInt(parts.length);
        int b = random.nextInt(parts.length);
        String t = parts[a];
        parts[a] = parts[b];
        parts[b] = t;
        return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Replaces the number nearest after {@code at} with a huge, negative, string or odd value. */
    private static byte[] replaceNumber(byte[] in, int at, Random random) {
        int start = at;
        while (start < in.length && !(in[start] >= '0' && in[start] <= '9')) {
            start++;
        }
        int end = start;
        while (end < in.length && (Character.isDigit(in[end]) || in[end] == '.' || in[end] == 'e' || in[end] == '-')) {
            end++;
        }
        return splice(in, start, end - start, ascii(ODD_VALUES[random.nextInt(ODD_VALUES.length)]));
    }

    private static byte[] duplicateLine(byte[] in, int at) {
        int start = at;
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        return splice(in, start, 0, Arrays.copyOfRange(in, start, Math.min(in.length, end + 1)));
    }

    private static byte[] splice(byte[] in, int at, int removed, byte[] inserted) {
        byte[] out = new byte[in.length - removed + inserted.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(in, at + removed, out, at + inserted.length, in.length - at - removed);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String preview(byte[] input) {
        String text = new String(input, 0, Math.min(input.length, 2000), StandardCharsets.UTF_8);
        return text.replace("\n", "\\n");
    }

    private static byte[] loopscopeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(SampleTraces.everything(), out);
        return out.toByteArray();
    }

    private static byte[] foreignFile() {
        return ascii("""
                [{"ph":"M","pid":7,"tid":7,"name":"thread_name","args":{"name":"MainThread"}},
                {"ph":"X","pid":7,"tid":7,"ts":1030.5,"dur":10,"name":"parse"},
                {"ph":"X","pid":7,"tid":7,"ts":1020,"dur":30,"name":"fetch"},
                {"ph":"X","pid":7,"tid":7,"ts":1000,"dur":100,"name":"main","args":{"a":[1,{"b":2}]}},
                {"ph":"B","pid":7,"tid":8,"ts":1050,"name":"work"},
                {"ph":"i","pid":7,"tid":8,"ts":1055,"name":"tick","s":"t"},
                {"ph":"E","pid":7,"tid":8,"ts":1090},
                {"ph":"s","pid":7,"tid":7,"ts":1001,"id":"0x1","name":"flow","cat":"timer"},
                {"ph":"f","pid":7,"tid":8,"ts":1051,"id":"0x1","bp":"e","name":"flow","cat":"timer"},
                {"ph":"C","pid":7,"ts":1000,"name":"mem","args":{"rss":12}}]
                """);
    }
}
