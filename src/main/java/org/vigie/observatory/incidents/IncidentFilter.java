package org.vigie.observatory.incidents;

import java.time.LocalDate;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.Names;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * What the incident list shows: a period (incidents whose dates overlap it), a place (a region, cercle or
 * commune P-code: everything inside it), an act type, a perpetrator category, a verification status, words
 * (of the title, descriptions and locality, accents and case aside), and a page: {@code limit} incidents
 * newest first, after the keyset cursor {@code after} (the last incident of the previous page).
 * {@code withRestricted} is false for roles that may not see restricted incidents; {@code restrictedRecordedBy}, when set,
 * names the monitor whose own restricted incidents are shown all the same ({@link #parse(java.util.function.Function, Principal)}).
 * {@code freeText} is false for roles that see only coded fields ({@link IncidentDisclosure}): their words then match
 * the reference only, never the free text, so that neither a line nor a count tells what the free text holds.
 */
public record IncidentFilter(LocalDate from, LocalDate to, PCode place, String actType, PerpetratorCategory perpetrator,
                             VerificationStatus status, String words, boolean withRestricted, String restrictedRecordedBy,
                             Cursor after, int limit, boolean freeText) {
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
        restrictedRecordedBy = withRestricted || restrictedRecordedBy == null || restrictedRecordedBy.isBlank() ? null : restrictedRecordedBy;
    }

    /** A filter whose words search the free text. */
    public IncidentFilter(LocalDate from, LocalDate to, PCode place, String actType, PerpetratorCategory perpetrator,
                          VerificationStatus status, String words, boolean withRestricted, String restrictedRecordedBy,
                          Cursor after, int limit) {
        this(from, to, place, actType, perpetrator, status, words, withRestricted, restrictedRecordedBy, after, limit, true);
    }

    /** A filter showing restricted incidents to all ({@code withRestricted}) or to none. */
    public IncidentFilter(LocalDate from, LocalDate to, PCode place, String actType, PerpetratorCategory perpetrator,
                          VerificationStatus status, String words, boolean withRestricted, Cursor after, int limit) {
        this(from, to, place, actType, perpetrator, status, words, withRestricted, null, after, limit, true);
    }

    /**
     * A filter from query parameters as {@code viewer} may see the list: restricted incidents for the roles always
     * in the restricted view, and for a monitor the restricted incidents they recorded.
     */
    public static IncidentFilter parse(java.util.function.Function<String, String> param, Principal viewer) {
        IncidentFilter f = parse(param, Observatory.listsRestrictedFor(viewer.role())).forRole(viewer.role());
        return viewer.role() == Role.MONITOR ? f.restrictedAlsoOf(viewer.username()) : f;
    }

    /**
     * The same filter as {@code role} may use it ({@link IncidentDisclosure}): for roles that see only coded
     * fields, words match the reference only and a commune narrows to its cercle.
     */
    public IncidentFilter forRole(Role role) {
        boolean text = IncidentDisclosure.showsFreeText(role);
        return new IncidentFilter(from, to, IncidentDisclosure.place(place, role), actType, perpetrator, status, words, withRestricted,
                restrictedRecordedBy, after, limit, freeText && text);
    }

    /** The same filter, also showing the restricted incidents {@code monitor} recorded. */
    public IncidentFilter restrictedAlsoOf(String monitor) {
        return new IncidentFilter(from, to, place, actType, perpetrator, status, words, withRestricted, monitor, after, limit, freeText);
    }

    /** Whether only the status, if anything, narrows the list: the counts kept per place answer it (V014). */
    boolean onlyStatus() {
        return from == null && to == null && place == null && actType == null && perpetrator == null && words == null;
    }

    /**
     * A filter from query parameters ({@code from}, {@code to}, {@code place}, {@code act}, {@code perpetrator},
     * {@code status}, {@code q}, {@code after}, {@code limit}); blank ones are ignored, wrong ones name their field.
     */
    public static IncidentFilter parse(java.util.function.Function<String, String> param, boolean withRestricted) {
        String place = param.apply("place");
        String perpetrator = param.apply("perpetrator");
        String status = param.apply("status");
        String limit = param.apply("limit");
        int n;
        try {
            n = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("limit", "error.not_a_number");
        }
        return new IncidentFilter(IncidentForm.date("from", param.apply("from"), DatePrecision.DAY),
                IncidentForm.date("to", param.apply("to"), DatePrecision.DAY),
                place == null || place.isBlank() ? null : PCode.of(place), param.apply("act"),
                perpetrator == null || perpetrator.isBlank() ? null : IncidentForm.category("perpetrator", perpetrator),
                status == null || status.isBlank() ? null : status(status), param.apply("q"), withRestricted,
                Cursor.parse(param.apply("after")), n);
    }

    private static VerificationStatus status(String code) {
        try {
            return VerificationStatus.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "observatory.incident.unknown_code", code);
        }
    }

    /** The query string of this filter without its page, for links to the next page and to the map. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "from", from);
        add(q, "to", to);
        add(q, "place", place == null ? null : place.value());
        add(q, "act", actType);
        add(q, "perpetrator", perpetrator == null ? null : perpetrator.name().toLowerCase(java.util.Locale.ROOT));
        add(q, "status", status == null ? null : status.name().toLowerCase(java.util.Locale.ROOT));
        add(q, "q", words);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Everything the caller may see, first page. */
    public static IncidentFilter all(boolean withRestricted) {
        return new IncidentFilter(null, null, null, null, null, null, null, withRestricted, null, DEFAULT_LIMIT);
    }

    public IncidentFilter after(Cursor cursor) {
        return new IncidentFilter(from, to, place, actType, perpetrator, status, words, withRestricted, restrictedRecordedBy, cursor, limit, freeText);
    }

    public IncidentFilter withLimit(int newLimit) {
        return new IncidentFilter(from, to, place, actType, perpetrator, status, words, withRestricted, restrictedRecordedBy, after, newLimit, freeText);
    }

    public IncidentFilter in(PCode newPlace) {
        return new IncidentFilter(from, to, newPlace, actType, perpetrator, status, words, withRestricted, restrictedRecordedBy, after, limit, freeText);
    }

    /** The words as a pattern of the reference, for roles that see only coded fields (LIKE's wildcards escaped). */
    String referencePattern() {
        return words == null ? null : "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The words folded as the database folds them: lower case, no accents. */
    String foldedWords() {
        return words == null ? null : Names.fold(words);
    }
}
