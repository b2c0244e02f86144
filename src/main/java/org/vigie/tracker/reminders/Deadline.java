package org.vigie.tracker.reminders;

import java.time.LocalDate;
import java.util.Objects;
import org.vigie.i18n.Lang;

/** A reporting deadline of the State (a Council session, the mid-term UPR report, the next review). */
public record Deadline(long id, String code, String titleFr, String titleEn, LocalDate dueOn) {
    public Deadline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public String title(Lang lang) {
        return lang == Lang.EN ? titleEn : titleFr;
    }
}
