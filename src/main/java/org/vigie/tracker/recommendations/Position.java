package org.vigie.tracker.recommendations;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The State's position on a recommendation, as the addendum to the Working Group's report records it. */
public enum Position {
    SUPPORTED, SUPPORTED_IN_PART, NOTED, PENDING;

    /*
     * OHCHR wrote "accepted"/"rejected" in the first cycle and "supported"/"noted" since; UHRI exports
     * use the latter. French documents say "acceptée", "appuyée", "notée", "prise en note". Partial
     * support is written several ways.
     */
    private static final Map<String, Position> SPELLINGS = Map.ofEntries(
            Map.entry("supported", SUPPORTED), Map.entry("accepted", SUPPORTED), Map.entry("agreed", SUPPORTED),
            Map.entry("appuyee", SUPPORTED), Map.entry("acceptee", SUPPORTED), Map.entry("soutenue", SUPPORTED),
            Map.entry("supported in part", SUPPORTED_IN_PART), Map.entry("partially supported", SUPPORTED_IN_PART),
            Map.entry("partially accepted", SUPPORTED_IN_PART), Map.entry("supported/noted", SUPPORTED_IN_PART),
            Map.entry("supported in part/noted in part", SUPPORTED_IN_PART),
            Map.entry("partiellement appuyee", SUPPORTED_IN_PART), Map.entry("appuyee en partie", SUPPORTED_IN_PART),
            Map.entry("noted", NOTED), Map.entry("rejected", NOTED), Map.entry("not accepted", NOTED),
            Map.entry("not supported", NOTED), Map.entry("took note", NOTED), Map.entry("notee", NOTED),
            Map.entry("prise en note", NOTED), Map.entry("rejetee", NOTED),
            Map.entry("pending", PENDING), Map.entry("under consideration", PENDING),
            Map.entry("no response", PENDING), Map.entry("en attente", PENDING), Map.entry("a l'examen", PENDING));

    /**
     * Reads a position as OHCHR, UHRI or a French document spells it, ignoring case, accents, surrounding
     * spaces and a final full stop. An empty text is {@link #PENDING}: no position was given yet.
     */
    public static Optional<Position> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PENDING);
        }
        Position plain = SPELLINGS.get(text.strip().toLowerCase(Locale.ROOT));
        if (plain != null) {
            return Optional.of(plain);
        }
        String key = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").replaceAll("\\.$", "")
                .replace(" / ", "/");
        return Optional.ofNullable(SPELLINGS.get(key));
    }

    /** The key used in counts and JSON: {@code supported}, {@code supported_in_part}, {@code noted}, {@code pending}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
