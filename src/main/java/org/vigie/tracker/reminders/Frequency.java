package org.vigie.tracker.reminders;

import java.util.Locale;
import org.vigie.errors.InvalidInput;

/** How often an indicator is measured. */
public enum Frequency {
    MONTHLY, QUARTERLY, YEARLY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Frequency parse(String field, String code) {
        for (Frequency f : values()) {
            if (code != null && f.code().equals(code.trim())) {
                return f;
            }
        }
        throw new InvalidInput(field, "error.tracker.unknown_code", String.valueOf(code));
    }
}
