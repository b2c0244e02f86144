package org.vigie.errors;

/** The change collides with the current state (a username already taken, a term in use). */
public class Conflict extends InvalidInput {
    public Conflict(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
