package org.vigie.errors;

/** The caller is known but may not do this (another institution's record, an identity). */
public class Forbidden extends RuntimeException {
    public Forbidden(String what) {
        super(what);
    }
}
