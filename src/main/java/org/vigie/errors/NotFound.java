package org.vigie.errors;

/** The record asked for does not exist, or the caller may not know that it does. */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
