package org.loopscope.asyncio;

/** Python's RuntimeError, with asyncio's messages ("asyncio.run() cannot be called from a running event loop"). */
public class RuntimeError extends RuntimeException {
    public RuntimeError(String message) {
        super(message);
    }
}
