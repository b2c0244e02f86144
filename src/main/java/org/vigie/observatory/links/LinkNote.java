package org.vigie.observatory.links;

import org.vigie.errors.InvalidInput;

/** Why an incident bears on a recommendation, in at most {@value #MAX} characters; blank is no note ({@code value} null). */
public record LinkNote(String value) {
    public static final int MAX = 500;

    public LinkNote {
        value = value == null || value.isBlank() ? null : value.strip();
        if (value != null && value.length() > MAX) {
            throw new InvalidInput("note", "error.too_long", MAX);
        }
    }
}
