package org.vigie.tracker.recommendations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for the tracker's recommendations and commitments. */
public final class RecommendationStore {
    private final Jdbi jdbi;

    RecommendationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What storing a recommendation did. */
    enum Stored { ADDED, OTHER_LANGUAGE_ADDED, UNCHANGED }

    /**
     * Inserts a recommendation unless its reference is known. A known one in the other language (French
     * or English) gains that version; otherwise nothing changes.
     */
    Stored insertIfNew(Handle h, String reference, Recommendation r, Long sourceTextId, String addressee, String deadline, String actor) {
        return h.createQuery("INSERT INTO recommendation (reference, mechanism, text, language, cycle, session, document_symbol, "
                        + "paragraph, recommending_states, position, themes, affected_persons, sdgs, position_source, publication_date, "
                        + "source_text_id, addressee, deadline, imported_by, text_fr, text_en) VALUES (:ref, :mech, :text, :lang, :cycle, "
                        + ":session, :symbol, :para, :states, :pos, :themes, :persons, :sdgs, :posSource, :published, :textId, :addressee, "
                        + ":deadline, :by, :fr, :en) ON CONFLICT (reference) DO UPDATE SET "
                        + "text_fr = coalesce(recommendation.text_fr, EXCLUDED.text_fr), text_en = coalesce(recommendation.text_en, EXCLUDED.text_en) "
                        + "WHERE (recommendation.text_fr IS NULL AND EXCLUDED.text_fr IS NOT NULL) "
                        + "OR (recommendation.text_en IS NULL AND EXCLUDED.text_en IS NOT NULL) RETURNING (xmax = 0) AS inserted")
                .bind("ref", reference).bind("mech", r.mechanism().name().toLowerCase(Locale.ROOT)).bind("text", r.text())
                .bind("lang", r.language()).bind("cycle", r.cycle()).bind("session", r.session()).bind("symbol", r.documentSymbol())
                .bind("para", r.paragraph()).bind("states", r.recommendingStates().toArray(String[]::new)).bind("pos", r.position().key())
                .bind("themes", r.themes().toArray(String[]::new)).bind("persons", r.affectedPersons().toArray(String[]::new))
                .bind("sdgs", r.sdgs().stream().map(Sdg::code).toArray(String[]::new)).bind("posSource", r.positionSource())
                .bind("published", r.publicationDate()).bind("textId", sourceTextId).bind("addressee", addressee)
                .bind("deadline", deadline).bind("by", actor)
                .bind("fr", "fr".equals(r.language()) ? r.text() : null).bind("en", "en".equals(r.language()) ? r.text() : null)
                .mapTo(Boolean.class).findOne()
                .map(inserted -> inserted ? Stored.ADDED : Stored.OTHER_LANGUAGE_ADDED).orElse(Stored.UNCHANGED);
    }

    /**
     * One page of the filtered list. The page's ids are chosen on the covering index
     * {@code recommendation_order} (no table row read for the filters it holds), then only those rows are read.
     * For a filter on an array this walk tests rows in order until the page is full, which at 250,000 rows
     * costs a few milliseconds even for a filter matching 2.5 % of them (docs/benchmarks.md); gathering every
     * match by bitmap first, then sorting, was measured slower (it visits every matching row's page).
     */
    List<TrackedRecommendation> find(RecommendationFilter f) {
        return jdbi.inTransaction(h -> customPlan(h, f, "SELECT r.* FROM (SELECT id, document_symbol, paragraph_key",
                        " ORDER BY document_symbol, paragraph_key, id LIMIT :limit OFFSET :offset) k "
                        + "JOIN recommendation r ON r.id = k.id ORDER BY k.document_symbol, k.paragraph_key, k.id")
                .bind("limit", f.limit()).bind("offset", f.offset()).map(RecommendationStore::row).list());
    }

    long count(RecommendationFilter f) {
        return jdbi.inTransaction(h -> customPlan(h, f, "SELECT count(*)", "").mapTo(Long.class).one());
    }

    /**
     * The filtered query, planned for its values each time. Run a few times on a pooled connection, a
     * prepared statement gets PostgreSQL's generic plan, which cannot tell how many rows a theme or a
     * State matches: for the page it gathered every match by bitmap and sorted them (about 250 ms at
     * 250,000 rows) where the plan for the values walks the order index (a few ms); see docs/benchmarks.md.
     */
    private static Query customPlan(Handle h, RecommendationFilter f, String select, String tail) {
        h.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        return filtered(h, f, select, tail);
    }

    /** The recommendations of these ids that exist, in one query (a node following the search log reads a batch). */
    List<TrackedRecommendation> byIds(java.util.Collection<Long> ids) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM recommendation WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new)).map(RecommendationStore::row).list());
    }

    Optional<TrackedRecommendation> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM recommendation WHERE id = :id").bind("id", id)
                .map(RecommendationStore::row).findOne());
    }

    List<String> themes() {
        return distinct("themes");
    }

    List<String> recommendingStates() {
        return distinct("recommending_states");
    }

    List<Integer> cycles() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT cycle FROM recommendation WHERE cycle IS NOT NULL ORDER BY cycle")
                .mapTo(Integer.class).list());
    }

    private List<String> distinct(String arrayColumn) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT unnest(" + arrayColumn + ") AS t FROM recommendation ORDER BY t")
                .mapTo(String.class).list());
    }

    /** The open items (not dropped) of one version of a text, in the order they were created. */
    List<TrackedRecommendation> openOfText(Handle h, long textId) {
        return h.createQuery("SELECT * FROM recommendation WHERE source_text_id = :t AND dropped_in IS NULL ORDER BY id")
                .bind("t", textId).map(RecommendationStore::row).list();
    }

    /**
     * Carries an item to a newer version of its text: source, paragraph, wording, addressee and deadline follow it;
     * when the wording changed, the wording before is kept for the difference shown on the item.
     */
    void carry(Handle h, long id, long textId, String paragraph, String text, String language, String addressee,
               String deadline, String previousText) {
        h.createUpdate("UPDATE recommendation SET source_text_id = :t, paragraph = :p, text = :text, addressee = :a, deadline = :d, "
                        + "text_fr = CASE WHEN :lang = 'fr' THEN :text ELSE text_fr END, "
                        + "text_en = CASE WHEN :lang = 'en' THEN :text ELSE text_en END, "
                        + "previous_text = CASE WHEN :changed THEN :previous ELSE previous_text END, "
                        + "text_changed_in = CASE WHEN :changed THEN :t ELSE text_changed_in END WHERE id = :id")
                .bind("t", textId).bind("p", paragraph).bind("text", text).bind("lang", language).bind("a", addressee)
                .bind("d", deadline).bind("changed", previousText != null).bind("previous", previousText).bind("id", id).execute();
    }

    /** Closes an item whose paragraph a newer version deleted. */
    void drop(Handle h, long id, long textId) {
        h.createUpdate("UPDATE recommendation SET dropped_in = :t WHERE id = :id AND dropped_in IS NULL")
                .bind("t", textId).bind("id", id).execute();
    }

    boolean referenceTaken(Handle h, String reference) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM recommendation WHERE reference = :r)").bind("r", reference)
                .mapTo(Boolean.class).one();
    }

    List<TrackedRecommendation> ofText(long textId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM recommendation WHERE source_text_id = :t ORDER BY id")
                .bind("t", textId).map(RecommendationStore::row).list());
    }

    void forEach(java.util.function.Consumer<TrackedRecommendation> sink) {
        forEachAbove(0, sink);
    }

    /** Every recommendation whose id is above {@code id}, in order: those an import has just added. */
    void forEachAbove(long id, java.util.function.Consumer<TrackedRecommendation> sink) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery("SELECT * FROM recommendation WHERE id > :id ORDER BY id").bind("id", id)
                    .setFetchSize(500).map(RecommendationStore::row).stream()) {
                rows.forEach(sink);
            }
        });
    }

    long maxId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM recommendation").mapTo(Long.class).one());
    }

    /** The institutions of many recommendations in one query, for exports. */
    public java.util.Map<Long, List<String>> institutionsOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT a.recommendation_id, i.code FROM recommendation_assignment a "
                        + "JOIN institution i ON i.id = a.institution_id WHERE a.recommendation_id = ANY(:ids) ORDER BY i.code")
                .bind("ids", ids.toArray(Long[]::new))
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue())));
        return out;
    }

    /** The filter's conditions; arrays are matched with {@code @>} so that their GIN indexes serve. */
    private static Query filtered(Handle h, RecommendationFilter f, String select, String tail) {
        StringBuilder where = new StringBuilder(" FROM recommendation WHERE true");
        if (f.mechanism() != null) where.append(" AND mechanism = :mech");
        if (f.position() != null) where.append(" AND position = :pos");
        if (f.status() != null) where.append(" AND status = :status");
        if (f.cycle() != null) where.append(" AND cycle = :cycle");
        if (f.theme() != null) where.append(" AND themes @> ARRAY[:theme]::text[]");
        if (f.state() != null) where.append(" AND recommending_states @> ARRAY[:state]::text[]");
        if (f.sdgGoal() != null) where.append(" AND tracker_sdg_goals(sdgs) @> ARRAY[:goal]::int[]");
        if (f.words() != null) where.append(" AND text ILIKE '%' || :words || '%'");
        if (f.institution() != null) where.append(" AND id IN (SELECT a.recommendation_id FROM recommendation_assignment a "
                + "JOIN institution i ON i.id = a.institution_id WHERE i.code = :instCode)");
        if (f.institutionId() != null) where.append(" AND id IN (SELECT a.recommendation_id FROM recommendation_assignment a "
                + "WHERE a.institution_id = :inst)");
        Query q = h.createQuery(select + where + tail);
        if (f.mechanism() != null) q.bind("mech", f.mechanism().name().toLowerCase(Locale.ROOT));
        if (f.position() != null) q.bind("pos", f.position().key());
        if (f.status() != null) q.bind("status", f.status().code());
        if (f.cycle() != null) q.bind("cycle", f.cycle());
        if (f.theme() != null) q.bind("theme", f.theme());
        if (f.state() != null) q.bind("state", f.state());
        if (f.sdgGoal() != null) q.bind("goal", f.sdgGoal());
        if (f.institution() != null) q.bind("instCode", f.institution());
        if (f.institutionId() != null) q.bind("inst", f.institutionId());
        if (f.words() != null) q.bind("words", f.words().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        return q;
    }

    private static TrackedRecommendation row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new TrackedRecommendation(rs.getLong("id"), rs.getString("reference"),
                SourceMechanism.valueOf(rs.getString("mechanism").toUpperCase(Locale.ROOT)), rs.getString("text"),
                rs.getString("language"), (Integer) rs.getObject("cycle"), rs.getString("session"), rs.getString("document_symbol"),
                rs.getString("paragraph"), strings(rs.getArray("recommending_states")),
                Position.valueOf(rs.getString("position").toUpperCase(Locale.ROOT)), strings(rs.getArray("themes")),
                strings(rs.getArray("affected_persons")), strings(rs.getArray("sdgs")), rs.getString("position_source"),
                (Long) rs.getObject("source_text_id"), rs.getString("addressee"), rs.getString("deadline"), rs.getString("status"),
                rs.getString("imported_by"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                rs.getString("text_fr"), rs.getString("text_en"), rs.getString("previous_text"),
                (Long) rs.getObject("text_changed_in"), (Long) rs.getObject("dropped_in"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
