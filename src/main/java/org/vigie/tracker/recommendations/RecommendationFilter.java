package org.vigie.tracker.recommendations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.vigie.errors.InvalidInput;

/**
 * What the tracker's list shows: by mechanism, position, theme, words of the text, UPR cycle, SDG
 * goal, recommending State, assigned institution and status; one page of it.
 *
 * @param institution   the code of an institution the recommendations are assigned to, chosen by the caller
 * @param institutionId the institution a focal point or validator is held to (never chosen by the caller)
 */
public record RecommendationFilter(SourceMechanism mechanism, Position position, String theme, String words,
                                   Integer cycle, Integer sdgGoal, String state, String institution, Status status,
                                   Long institutionId, int offset, int limit) {
    public static final int MAX_LIMIT = 200;
    /** The limit of an export: every row. */
    static final int UNPAGED = Integer.MAX_VALUE;
    private static final int MAX_TEXT = 500;

    public RecommendationFilter {
        if (offset < 0) {
            throw new InvalidInput("offset", "error.range", offset);
        }
        if (limit < 1 || (limit > MAX_LIMIT && limit != UNPAGED)) {
            throw new InvalidInput("limit", "error.range", limit);
        }
        if (cycle != null && (cycle < 1 || cycle > 20)) {
            throw new InvalidInput("cycle", "error.range", cycle);
        }
        if (sdgGoal != null && (sdgGoal < 1 || sdgGoal > 17)) {
            throw new InvalidInput("sdg", "error.range", sdgGoal);
        }
        theme = text("theme", theme);
        words = text("q", words);
        state = text("state", state);
        institution = text("institution", institution);
        institution = institution == null ? null : institution.toUpperCase(Locale.ROOT);
    }

    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null, null, null, null, null, null, null, null, 0, 50);
    }

    /** Parses the codes a form or a query string carries; an unknown code names its field. */
    public static RecommendationFilter parse(String mechanism, String position, String theme, String words, int offset, int limit) {
        Map<String, String> m = new java.util.HashMap<>();
        m.put("mechanism", mechanism);
        m.put("position", position);
        m.put("theme", theme);
        m.put("q", words);
        return parse(m::get, offset, limit);
    }

    /**
     * Parses every filter from request parameters ({@code mechanism}, {@code position}, {@code theme},
     * {@code q}, {@code cycle}, {@code sdg}, {@code state}, {@code institution}, {@code status}).
     */
    public static RecommendationFilter parse(Function<String, String> param, int offset, int limit) {
        return new RecommendationFilter(mechanism(param.apply("mechanism")), position(param.apply("position")),
                param.apply("theme"), param.apply("q"), number("cycle", param.apply("cycle")), number("sdg", param.apply("sdg")),
                param.apply("state"), param.apply("institution"),
                blank(param.apply("status")) == null ? null : Status.parse("status", param.apply("status")), null, offset, limit);
    }

    /** The same filter over every matching row, for exports. */
    public RecommendationFilter unpaged() {
        return page(0, UNPAGED);
    }

    /** The same filter from another row. */
    public RecommendationFilter page(int from, int size) {
        return new RecommendationFilter(mechanism, position, theme, words, cycle, sdgGoal, state, institution, status,
                institutionId, from, size);
    }

    /** The same filter held to one institution's assignments (what its focal points and validators see). */
    public RecommendationFilter within(Long institutionScope) {
        return new RecommendationFilter(mechanism, position, theme, words, cycle, sdgGoal, state, institution, status,
                institutionScope, offset, limit);
    }

    /** The filter as a URL query string (without paging), for links to other pages and exports. */
    public String query() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mechanism", mechanism == null ? null : mechanism.name().toLowerCase(Locale.ROOT));
        m.put("position", position == null ? null : position.key());
        m.put("theme", theme);
        m.put("q", words);
        m.put("cycle", cycle);
        m.put("sdg", sdgGoal);
        m.put("state", state);
        m.put("institution", institution);
        m.put("status", status == null ? null : status.code());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static SourceMechanism mechanism(String mechanism) {
        if (blank(mechanism) == null) {
            return null;
        }
        try {
            return SourceMechanism.valueOf(mechanism.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("mechanism", "error.tracker.unknown_code", mechanism);
        }
    }

    private static Position position(String position) {
        if (blank(position) == null) {
            return null;
        }
        return Position.parse(position.replace('_', ' '))
                .orElseThrow(() -> new InvalidInput("position", "error.tracker.unknown_code", position));
    }

    private static Integer number(String field, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    private static String text(String field, String s) {
        String v = blank(s);
        if (v != null && v.length() > MAX_TEXT) {
            throw new InvalidInput(field, "error.too_long", MAX_TEXT);
        }
        return v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
