package org.loopscope.export;

/**
 * How much a reader accepts before refusing a file, so a huge or hostile file gives a clear
 * error instead of an OutOfMemoryError or a chart spanning a billion years.
 *
 * @param maxBytes   largest file (or stream) accepted
 * @param maxEvents  most trace events accepted; the reader also refuses earlier when the JVM's
 *                   heap could not hold that many (see {@link #effectiveMaxEvents()})
 * @param maxAbsTimeUs largest |ts| or dur in µs; keeps every sum of times inside a {@code long} of ns
 */
public record ReadLimits(long maxBytes, long maxEvents, long maxAbsTimeUs) {
    /** ~3·10^15 µs (95 years): covers epoch-µs timestamps, and ts + dur and their span still fit in ns. */
    public static final long MAX_TIME_US = 3_000_000_000_000_000L;
    /** Heap a read needs per event, measured roughly: reader buffers plus the model's columns. */
    static final long BYTES_PER_EVENT = 96;

    public ReadLimits {
        if (maxBytes <= 0 || maxEvents <= 0 || maxAbsTimeUs <= 0 || maxAbsTimeUs > MAX_TIME_US) {
            throw new IllegalArgumentException("limits must be positive and maxAbsTimeUs at most " + MAX_TIME_US);
        }
    }

    /** 2 GB, 50 million events, ±3·10^15 µs. */
    public static ReadLimits defaults() {
        return new ReadLimits(2L << 30, 50_000_000, MAX_TIME_US);
    }

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxEvents, maxAbsTimeUs);
    }

    public ReadLimits withMaxEvents(long events) {
        return new ReadLimits(maxBytes, events, maxAbsTimeUs);
    }

    long maxAbsTimeNs() {
        return maxAbsTimeUs * 1000;
    }

    /** maxEvents, lowered to what this JVM's maximum heap can plausibly hold. */
    long effectiveMaxEvents() {
        return Math.min(maxEvents, Runtime.getRuntime().maxMemory() / BYTES_PER_EVENT);
    }
}
