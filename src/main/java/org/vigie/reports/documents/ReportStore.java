package org.vigie.reports.documents;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.i18n.Lang;

/**
 * The report's own SQL: the narratives analysts write ({@code report_narrative}, V013) and the
 * recommendations of one theme (counts and the annex), in the order of the tracker's list.
 */
final class ReportStore {
    /** Open recommendations (a commitment dropped from a later version of its text is closed) of a theme, or all. */
    private static final String THEME = " WHERE dropped_in IS NULL AND (CAST(:theme AS text) IS NULL OR themes @> ARRAY[CAST(:theme AS text)])"
            + " AND (state IS NULL OR CAST(:state AS text) IS NULL OR state = CAST(:state AS text))";
    private final Jdbi jdbi;
    /** The State whose recommendations the report counts (those of no State told with them); every State's when null. */
    private final String state;

    ReportStore(Jdbi jdbi, String state) {
        this.jdbi = jdbi;
        this.state = state;
    }

    Map<ReportSection, String> narratives(String scopeKey, Lang lang) {
        Map<ReportSection, String> out = new EnumMap<>(ReportSection.class);
        jdbi.useHandle(h -> h.createQuery("SELECT section, text FROM report_narrative WHERE scope_key = :k AND lang = :l")
                .bind("k", scopeKey).bind("l", lang.code())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> ReportSection.fromCode(e.getKey()).ifPresent(s -> out.put(s, e.getValue()))));
        return out;
    }

    /** Every narrative of {@code section} in {@code lang}, by the scope key of the report it was written for. */
    Map<String, String> narrativesOf(ReportSection section, Lang lang) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT scope_key, text FROM report_narrative WHERE section = :s AND lang = :l ORDER BY scope_key")
                .bind("s", section.code()).bind("l", lang.code())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Writes (or, for an empty text, removes) a narrative; returns whether anything changed. */
    boolean saveNarrative(Handle h, String scopeKey, ReportSection section, Lang lang, String text, String user) {
        if (text.isEmpty()) {
            return h.createUpdate("DELETE FROM report_narrative WHERE scope_key = :k AND section = :s AND lang = :l")
                    .bind("k", scopeKey).bind("s", section.code()).bind("l", lang.code()).execute() > 0;
        }
        return h.createUpdate("INSERT INTO report_narrative (scope_key, section, lang, text, updated_by) VALUES (:k, :s, :l, :t, :u) "
                        + "ON CONFLICT (scope_key, section, lang) DO UPDATE SET text = EXCLUDED.text, updated_by = EXCLUDED.updated_by, "
                        + "updated_at = now() WHERE report_narrative.text IS DISTINCT FROM EXCLUDED.text")
                .bind("k", scopeKey).bind("s", section.code()).bind("l", lang.code()).bind("t", text).bind("u", user).execute() > 0;
    }

    /** Recommendations of the theme (every one when null) by status or mechanism, largest first. */
    Map<String, Long> recommendationsBy(String column, String theme) {
        if (!column.equals("status") && !column.equals("mechanism")) {
            throw new IllegalArgumentException("not a recommendation column: " + column);
        }
        return jdbi.withHandle(h -> {
            Map<String, Long> out = new LinkedHashMap<>();
            theme(h.createQuery("SELECT " + column + ", count(*) FROM recommendation" + THEME + " GROUP BY 1 ORDER BY 2 DESC, 1"), theme)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    long recommendations(String theme) {
        return jdbi.withHandle(h -> theme(h.createQuery("SELECT count(*) FROM recommendation" + THEME), theme).mapTo(Long.class).one());
    }

    /**
     * The first {@code limit} recommendations of the theme by document and paragraph, with their text in {@code lang} if known
     * and their number of linked verified incidents.
     */
    List<CouncilReport.AnnexRow> annex(String theme, Lang lang, int limit) {
        String text = lang == Lang.FR ? "coalesce(text_fr, text)" : "coalesce(text_en, text)";
        // Verified incidents only, as every figure of the report; one index probe per row of the (limited) annex.
        String linked = "(SELECT count(*) FROM incident_recommendation l JOIN incident i ON i.id = l.incident_id "
                + "WHERE l.recommendation_id = recommendation.id AND i.verification_status = 'verified')";
        return jdbi.withHandle(h -> theme(h.createQuery("SELECT reference, mechanism, " + text + ", status, " + linked
                        + " FROM recommendation" + THEME + " ORDER BY document_symbol, paragraph_key, id LIMIT :limit"), theme).bind("limit", limit)
                .map((rs, ctx) -> new CouncilReport.AnnexRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list());
    }

    private Query theme(Query q, String theme) {
        return q.bind("theme", theme).bind("state", state);
    }
}
