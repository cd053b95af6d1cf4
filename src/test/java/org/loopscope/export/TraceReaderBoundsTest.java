package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.trace.TraceModel;

/**
 * What reading a trace may cost is bounded by the input: an enormous file is refused from its size
 * before a byte is parsed, an endless stream once it passes the limit, and the memory a read
 * allocates and keeps grows with the input's size, never with what its numbers claim.
 * ({@link TraceReaderFuzzTest} checks the same of the model's element count for mutated files.)
 */
class TraceReaderBoundsTest {
    /** Bytes a read may allocate per input byte (Jackson tokens, boxed-free columns) — measured ~10-20, with room. */
    static final long ALLOCATED_PER_INPUT_BYTE = 64;
    /** Fixed cost of any read: the 64 KB input buffer, Jackson's buffers, the collector's first arrays. */
    static final long ALLOCATED_FIXED = 2L << 20;

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheLimitIsRefusedFromItsSizeAtOnce() throws IOException {
        // given: a sparse file one byte over the default limit (2 GB), which takes no disk space
        Path huge = dir.resolve("huge.json");
        long limit = ReadLimits.defaults().maxBytes();
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(limit + 1);
        }
        // when / then: read and check both refuse it within a second, saying the sizes
        long start = System.nanoTime();
        assertThatThrownBy(() -> new ChromeTraceReader().read(huge)).isInstanceOf(TraceFormatException.class)
                .hasMessage(huge + ": the file is " + (limit + 1) + " bytes, larger than the limit of " + limit + " bytes");
        assertThatThrownBy(() -> new ChromeTraceReader().check(huge)).isInstanceOf(TraceFormatException.class);
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(1_000);
        // and: a file well over the limit says it in MB
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThatThrownBy(() -> new ChromeTraceReader().read(huge))
                .hasMessage(huge + ": the file is 3072.0 MB, larger than the limit of 2048.0 MB");
    }

    @Test
    void anEndlessStreamIsRefusedOnceItPassesTheLimit() {
        // given: a stream of valid events that never ends, read with a 4 MB limit
        ChromeTraceReader reader = new ChromeTraceReader(ReadLimits.defaults().withMaxBytes(4L << 20));
        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();
        // then: it is refused after 4 MB, quickly, having allocated in proportion to those 4 MB
        assertThatThrownBy(() -> reader.load(new EndlessEvents(), "endless.json"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("endless.json: ").hasMessageContaining("exceeds the maximum allowed (4194304");
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(5_000);
        assertThat(allocatedBytes() - allocatedBefore).isLessThan(ALLOCATED_PER_INPUT_BYTE * (4L << 20) + ALLOCATED_FIXED);
    }

    @Test
    void aReadAllocatesInProportionToItsInputWhateverTheInputSays() throws IOException {
        byte[] valid = written(TraceFileBench.model(20_000));
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            // valid files of many sizes, cut at random places, and the same with odd values spliced in
            byte[] input = Arrays.copyOf(valid, 1 + random.nextInt(valid.length));
            if (i % 2 == 1) {
                input = withOddValue(input, random);
            }
            long before = allocatedBytes();
            readOrRefuse(input);
            long allocated = allocatedBytes() - before;
            assertThat(allocated).as("bytes allocated reading %d input bytes (case %d)", input.length, i)
                    .isLessThan(ALLOCATED_FIXED + ALLOCATED_PER_INPUT_BYTE * input.length);
        }
    }

    @Test
    void aHugeExponentIsRefusedWithoutComputingIt() {
        // "29.1e999366" came from a valid file with "1e999" spliced into a duration: it took 150 MB
        // and half a second; "1e99999999" took minutes and gigabytes before the fix
        for (String number : new String[] {"29.1e999366", "1e99999999", "-7.5e99999999", "1e-99999999"}) {
            byte[] input = ("[{\"ph\":\"X\",\"name\":\"f\",\"pid\":1,\"tid\":1,\"ts\":0,\"dur\":" + number + "}]")
                    .getBytes(StandardCharsets.US_ASCII);
            long before = allocatedBytes();
            long start = System.nanoTime();
            readOrRefuse(input);
            assertThat((System.nanoTime() - start) / 1e6).as(number).isLessThan(200);
            assertThat(allocatedBytes() - before).as(number).isLessThan(ALLOCATED_FIXED);
        }
        assertThatThrownBy(() -> new ChromeTraceReader().load(new ByteArrayInputStream(
                "[{\"ph\":\"X\",\"ts\":0,\"dur\":1e99999999}]".getBytes(StandardCharsets.US_ASCII)), "bad.json"))
                .hasMessageEndingWith("dur: 1e99999999 is beyond the supported range of ±3000000000000000 µs");
    }

    @Test
    void theModelKeptIsSmallerThanTheFileItCameFrom() throws IOException {
        byte[] file = written(TraceFileBench.model(300_000));
        double before = usedAfterGc();

        TraceModel model = new ChromeTraceReader().load(new ByteArrayInputStream(file), "big.json").model();

        double kept = usedAfterGc() - before;
        assertThat(model.segmentCount()).isEqualTo(300_000);
        assertThat(kept).as("heap kept by the model, bytes, for a %d-byte file", file.length).isLessThan(file.length);
    }

    private static void readOrRefuse(byte[] input) {
        try {
            new ChromeTraceReader().load(new ByteArrayInputStream(input), "cut.json");
        } catch (TraceFormatException refused) {
            // refused properly: what matters here is what it cost
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] withOddValue(byte[] in, Random random) {
        String[] odd = {"9e18", "1e999", "99999999999999999999999", "[[[[[[[[", "\"" + "x".repeat(1000) + "\"", "-3e15"};
        int at = random.nextInt(in.length);
        byte[] value = odd[random.nextInt(odd.length)].getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[in.length + value.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(value, 0, out, at, value.length);
        System.arraycopy(in, at, out, at + value.length, in.length - at);
        return out;
    }

    private static byte[] written(TraceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(model, out);
        return out.toByteArray();
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {"traceEvents":[ followed by X events for ever. */
    private static final class EndlessEvents extends InputStream {
        private final byte[] head = "{\"traceEvents\":[".getBytes(StandardCharsets.US_ASCII);
        private byte[] chunk = head;
        private int pos;
        private long n;

        @Override
        public int read() {
            if (pos == chunk.length) {
                chunk = ("{\"ph\":\"X\",\"name\":\"f\",\"pid\":1,\"tid\":1,\"ts\":" + n++ + ",\"dur\":1},")
                        .getBytes(StandardCharsets.US_ASCII);
                pos = 0;
            }
            return chunk[pos++];
        }
    }
}
