package org.vigie.tracker.recommendations;

import java.util.Locale;
import org.vigie.errors.InvalidInput;

/** How far a recommendation is implemented, as the State reports it once validated. */
public enum Status {
    NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED, NOT_IMPLEMENTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code; an unknown one names {@code field}. */
    public static Status parse(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        for (Status s : values()) {
            if (s.code().equals(code.trim())) {
                return s;
            }
        }
        throw new InvalidInput(field, "error.tracker.unknown_code", String.valueOf(code));
    }
}
