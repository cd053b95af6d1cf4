package org.loopscope.asyncio;

/** asyncio.BoundedSemaphore: releasing more often than acquiring is a bug, so it raises ValueError. */
public class BoundedSemaphore extends Semaphore {
    private final int bound;

    public BoundedSemaphore(int value) {
        super(value);
        this.bound = value;
    }

    @Override
    public void release() {
        if (value() >= bound) {
            throw new IllegalStateException("BoundedSemaphore released too many times");
        }
        super.release();
    }
}
