package org.vigie.observatory.links;

import java.util.Locale;
import org.vigie.errors.InvalidInput;

/**
 * How one incident relates to another. {@code DUPLICATE_OF} merges the first into the second (it stops
 * being counted on its own); {@code NOT_DUPLICATE} remembers a pair an analyst examined and found distinct,
 * so that it is never flagged again.
 */
public enum LinkKind {
    DUPLICATE_OF, SAME_EVENT_AS, RELATED_TO, NOT_DUPLICATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkKind parse(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        for (LinkKind k : values()) {
            if (k.code().equals(code == null ? "" : code.strip())) {
                return k;
            }
        }
        throw new InvalidInput(field, "observatory.incident.unknown_code", String.valueOf(code));
    }
}
