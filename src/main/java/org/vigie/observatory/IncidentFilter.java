package org.vigie.observatory;

import java.time.LocalDate;
import org.vigie.errors.InvalidInput;

/**
 * What the incident list shows: a period (incidents whose dates overlap it), a place (a region, cercle or
 * commune P-code: everything inside it), an act type, a perpetrator category, a verification status, words
 * (of the title, descriptions and locality, accents and case aside), and a page: {@code limit} incidents
 * newest first, after the keyset cursor {@code after} (the last incident of the previous page).
 * {@code withRestricted} is false for roles that may not see restricted incidents.
 */
public record IncidentFilter(LocalDate from, LocalDate to, PCode place, String actType, PerpetratorCategory perpetrator,
                             VerificationStatus status, String words, boolean withRestricted, Cursor after, int limit) {
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    /** Where a page starts: just after this incident in the list's order (newest date first, then highest id). */
    public record Cursor(LocalDate dateStart, long id) {
        public static Cursor parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String[] parts = value.strip().split("_", 2);
            try {
                return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput("after", "observatory.incident.bad_cursor");
            }
        }

        @Override
        public String toString() {
            return dateStart + "_" + id;
        }
    }

    public IncidentFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "error.range", limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "observatory.date.end_before_start", from.toString(), to.toString());
        }
        actType = actType == null || actType.isBlank() ? null : actType.strip();
        words = words == null || words.isBlank() ? null : words.strip();
    }

    /** Everything the caller may see, first page. */
    public static IncidentFilter all(boolean withRestricted) {
        return new IncidentFilter(null, null, null, null, null, null, null, withRestricted, null, DEFAULT_LIMIT);
    }

    public IncidentFilter after(Cursor cursor) {
        return new IncidentFilter(from, to, place, actType, perpetrator, status, words, withRestricted, cursor, limit);
    }

    public IncidentFilter withLimit(int newLimit) {
        return new IncidentFilter(from, to, place, actType, perpetrator, status, words, withRestricted, after, newLimit);
    }

    public IncidentFilter in(PCode newPlace) {
        return new IncidentFilter(from, to, newPlace, actType, perpetrator, status, words, withRestricted, after, limit);
    }

    /** The words folded as the database folds them: lower case, no accents. */
    String foldedWords() {
        return words == null ? null : Names.fold(words);
    }
}
