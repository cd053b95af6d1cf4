package org.loopscope.asyncio;

import java.util.List;

/** Python's ExceptionGroup: what a TaskGroup raises when children failed, holding every error. */
public class ExceptionGroup extends RuntimeException {
    private final List<Throwable> exceptions;

    public ExceptionGroup(String message, List<Throwable> exceptions) {
        super(message + " (" + exceptions.size() + " sub-exception" + (exceptions.size() == 1 ? "" : "s") + ")", null, false, false);
        this.exceptions = List.copyOf(exceptions);
    }

    public List<Throwable> exceptions() {
        return exceptions;
    }
}
