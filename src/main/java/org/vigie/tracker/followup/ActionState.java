package org.vigie.tracker.followup;

import java.util.Locale;
import org.vigie.errors.InvalidInput;

/** Where a planned action stands; only planned and ongoing actions can be due or overdue. */
public enum ActionState {
    PLANNED, ONGOING, DONE, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean open() {
        return this == PLANNED || this == ONGOING;
    }

    static ActionState parse(String field, String code) {
        for (ActionState s : values()) {
            if (code != null && s.code().equals(code.trim())) {
                return s;
            }
        }
        throw new InvalidInput(field, "error.tracker.unknown_code", String.valueOf(code));
    }
}
