package org.loopscope.patterns;

/** A parameter value that is not a number, not whole, out of range, or unknown. The message is shown as is. */
public class BadParameterException extends IllegalArgumentException {
    public BadParameterException(String message) {
        super(message);
    }
}
