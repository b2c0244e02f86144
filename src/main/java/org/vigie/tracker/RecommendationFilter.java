package org.vigie.tracker;

import org.vigie.errors.InvalidInput;

/** What the tracker's list shows: by mechanism, position, theme, words of the text; one page of it. */
public record RecommendationFilter(SourceMechanism mechanism, Position position, String theme, String words,
                                   Long institutionId, int offset, int limit) {
    public static final int MAX_LIMIT = 200;
    /** The limit of an export: every row. */
    static final int UNPAGED = Integer.MAX_VALUE;

    public RecommendationFilter {
        if (offset < 0) {
            throw new InvalidInput("offset", "error.range", offset);
        }
        if (limit < 1 || (limit > MAX_LIMIT && limit != UNPAGED)) {
            throw new InvalidInput("limit", "error.range", limit);
        }
        theme = blank(theme);
        words = blank(words);
    }

    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null, null, null, 0, 50);
    }

    /** Parses the codes a form or a query string carries; an unknown code names its field. */
    public static RecommendationFilter parse(String mechanism, String position, String theme, String words, int offset, int limit) {
        SourceMechanism m = null;
        if (mechanism != null && !mechanism.isBlank()) {
            try {
                m = SourceMechanism.valueOf(mechanism.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("mechanism", "error.tracker.unknown_code", mechanism);
            }
        }
        Position p = null;
        if (position != null && !position.isBlank()) {
            p = Position.parse(position.replace('_', ' ')).orElseThrow(() -> new InvalidInput("position", "error.tracker.unknown_code", position));
        }
        return new RecommendationFilter(m, p, theme, words, null, offset, limit);
    }

    /** The same filter over every matching row, for exports. */
    public RecommendationFilter unpaged() {
        return new RecommendationFilter(mechanism, position, theme, words, institutionId, 0, UNPAGED);
    }

    /** The same filter held to one institution's assignments (what its focal points and validators see). */
    public RecommendationFilter within(Long institution) {
        return new RecommendationFilter(mechanism, position, theme, words, institution, offset, limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
