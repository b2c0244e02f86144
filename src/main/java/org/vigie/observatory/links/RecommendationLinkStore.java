package org.vigie.observatory.links;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.incidents.IncidentStore;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.IncidentGate;

/**
 * The SQL of {@code incident_recommendation} (V018): links between incidents and the tracker's
 * recommendations, read with what each side shows of the other. Recommendations are read from the tracker's
 * table by id or reference only; the observatory never writes there.
 */
final class RecommendationLinkStore {
    private static final String RECOMMENDATION_COLUMNS = "r.id, r.reference, r.text, r.text_fr, r.text_en, r.status";
    private final Jdbi jdbi;

    /** One incident linked to a recommendation, with what its visibility depends on. */
    record IncidentRow(LinkedIncident incident, boolean restricted, String recordedBy) {
    }

    RecommendationLinkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<RecommendationRef> recommendation(Handle h, long id) {
        return h.createQuery("SELECT " + RECOMMENDATION_COLUMNS + " FROM recommendation r WHERE r.id = :id").bind("id", id)
                .map((rs, ctx) -> recommendation(rs)).findOne();
    }

    /** Recommendations by id, in the order of {@code ids}; ids that name none are left out. */
    List<RecommendationRef> recommendations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RECOMMENDATION_COLUMNS + " FROM unnest(:ids) WITH ORDINALITY AS w(id, n) "
                        + "JOIN recommendation r ON r.id = w.id ORDER BY w.n")
                .bind("ids", ids.toArray(Long[]::new)).map((rs, ctx) -> recommendation(rs)).list());
    }

    /** Recommendations whose reference starts with {@code prefix} (taken literally), by reference. */
    List<RecommendationRef> recommendationsStartingWith(String prefix, int limit) {
        String literal = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RECOMMENDATION_COLUMNS + " FROM recommendation r "
                        + "WHERE r.reference LIKE :p ESCAPE '\\' ORDER BY r.reference LIMIT :limit")
                .bind("p", literal + "%").bind("limit", limit).map((rs, ctx) -> recommendation(rs)).list());
    }

    /** Adds the link unless it is there; whether it was added. */
    boolean insert(Handle h, long incidentId, long recommendationId, LinkNote note, String by) {
        return h.createUpdate("INSERT INTO incident_recommendation (incident_id, recommendation_id, note, linked_by) "
                        + "VALUES (:i, :r, :note, :by) ON CONFLICT DO NOTHING")
                .bind("i", incidentId).bind("r", recommendationId).bind("note", note.value()).bind("by", by).execute() == 1;
    }

    /** Removes the link if it is there; whether it was. */
    boolean delete(Handle h, long incidentId, long recommendationId) {
        return h.createUpdate("DELETE FROM incident_recommendation WHERE incident_id = :i AND recommendation_id = :r")
                .bind("i", incidentId).bind("r", recommendationId).execute() == 1;
    }

    List<LinkedRecommendation> ofIncident(long incidentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RECOMMENDATION_COLUMNS + ", l.note, l.linked_by, l.linked_at "
                        + "FROM incident_recommendation l JOIN recommendation r ON r.id = l.recommendation_id "
                        + "WHERE l.incident_id = :i ORDER BY r.reference")
                .bind("i", incidentId)
                .map((rs, ctx) -> new LinkedRecommendation(recommendation(rs), rs.getString("note"), rs.getString("linked_by"),
                        IncidentStore.instant(rs, "linked_at")))
                .list());
    }

    List<IncidentRow> ofRecommendation(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.reference, i.date_start, i.date_end, i.date_precision, i.pcode, "
                        + "i.act_types, i.verification_status, i.restricted, i.created_by, l.note, l.linked_by, l.linked_at "
                        + "FROM incident_recommendation l JOIN incident i ON i.id = l.incident_id "
                        + "WHERE l.recommendation_id = :r ORDER BY i.date_start DESC, i.id DESC")
                .bind("r", recommendationId)
                .map((rs, ctx) -> new IncidentRow(new LinkedIncident(rs.getLong("id"), rs.getString("reference"), IncidentStore.date(rs),
                        new PCode(rs.getString("pcode")), strings(rs.getArray("act_types")), IncidentStore.status(rs),
                        rs.getString("note"), rs.getString("linked_by"), IncidentStore.instant(rs, "linked_at")),
                        rs.getBoolean("restricted"), rs.getString("created_by")))
                .list());
    }

    /**
     * Linked incidents by recommendation, restricted ones counted when {@code allRestricted} or recorded by
     * {@code monitor} (the restricted view of {@link IncidentGate}).
     */
    Map<Long, Long> countsByRecommendation(List<Long> recommendationIds, boolean allRestricted, String monitor) {
        Map<Long, Long> counts = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return counts;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT l.recommendation_id, count(*) FROM incident_recommendation l "
                        + "JOIN incident i ON i.id = l.incident_id WHERE l.recommendation_id = ANY(:ids) "
                        + "AND (NOT i.restricted OR :all OR i.created_by = :monitor) GROUP BY l.recommendation_id")
                .bind("ids", recommendationIds.toArray(Long[]::new)).bind("all", allRestricted).bind("monitor", monitor)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static RecommendationRef recommendation(ResultSet rs) throws SQLException {
        return new RecommendationRef(rs.getLong("id"), rs.getString("reference"), rs.getString("text"), rs.getString("text_fr"),
                rs.getString("text_en"), rs.getString("status"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
