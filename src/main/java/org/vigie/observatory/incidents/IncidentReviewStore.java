package org.vigie.observatory.incidents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.places.PCode;

/** SQL for verification and links: status moves under a row lock, links, and the pairs duplicate detection examines. */
public final class IncidentReviewStore {
    private final Jdbi jdbi;

    public IncidentReviewStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<VerificationStatus> lockStatus(Handle h, long id) {
        return h.createQuery("SELECT verification_status FROM incident WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> IncidentStore.status(rs)).findOne();
    }

    public Optional<Boolean> restricted(Handle h, long id) {
        return h.createQuery("SELECT restricted FROM incident WHERE id = :id").bind("id", id).mapTo(Boolean.class).findOne();
    }

    void setStatus(Handle h, long id, VerificationStatus status, String actor) {
        boolean concluded = status == VerificationStatus.VERIFIED || status == VerificationStatus.DISMISSED;
        h.createUpdate("UPDATE incident SET verification_status = :s, verified_by = :by, verified_at = CASE WHEN :concluded "
                        + "THEN now() END, updated_at = now() WHERE id = :id")
                .bind("s", status.name().toLowerCase(Locale.ROOT)).bind("by", concluded ? actor : null)
                .bind("concluded", concluded).bind("id", id).execute();
    }

    boolean isDuplicate(Handle h, long id) {
        return h.createQuery("SELECT count(*) FROM incident_link WHERE from_id = :id AND kind = 'duplicate_of'").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    boolean link(Handle h, long from, long to, LinkKind kind, String actor) {
        return h.createUpdate("INSERT INTO incident_link (from_id, to_id, kind, created_by) VALUES (:f, :t, :k, :by) "
                        + "ON CONFLICT DO NOTHING")
                .bind("f", from).bind("t", to).bind("k", kind.code()).bind("by", actor).execute() == 1;
    }

    /**
     * Pairs (lower id first) in the same cercle whose dates lie within {@link DuplicateFinder#DAYS} days, neither
     * dismissed nor merged, never examined; around one incident when {@code around} is set.
     */
    List<long[]> closePairs(Long around, boolean withRestricted, int limit) {
        String sql = "SELECT a.id, b.id FROM incident a JOIN incident b ON b.adm2_pcode = a.adm2_pcode AND b.id <> a.id "
                + "AND b.date_start <= a.date_end + " + DuplicateFinder.DAYS + " AND b.date_end >= a.date_start - " + DuplicateFinder.DAYS
                + " WHERE a.adm2_pcode IS NOT NULL AND a.verification_status <> 'dismissed' AND b.verification_status <> 'dismissed'"
                + (around == null ? " AND a.id < b.id" : " AND a.id = :around")
                + (withRestricted ? "" : " AND NOT a.restricted AND NOT b.restricted")
                + " AND NOT EXISTS (SELECT 1 FROM incident_link l WHERE l.kind IN ('duplicate_of', 'not_duplicate') AND ("
                + "(l.from_id = a.id AND l.to_id = b.id) OR (l.from_id = b.id AND l.to_id = a.id) "
                + "OR (l.kind = 'duplicate_of' AND l.from_id IN (a.id, b.id)))) ORDER BY a.date_start DESC, a.id DESC, b.id LIMIT :limit";
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql).bind("limit", limit);
            if (around != null) {
                q.bind("around", around);
            }
            return q.map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        });
    }

    /** What duplicate detection compares, for the incidents named. */
    Map<Long, DuplicateFinder.Candidate> candidates(Set<Long> ids) {
        Map<Long, Set<String>> acts = new HashMap<>();
        Map<Long, DuplicateFinder.Candidate> out = new HashMap<>();
        jdbi.useHandle(h -> {
            Long[] array = ids.toArray(Long[]::new);
            h.createQuery("SELECT incident_id, act_type FROM incident_act WHERE incident_id = ANY(:ids)").bind("ids", array)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> acts.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
            h.createQuery("SELECT id, pcode, date_start, date_end, date_precision FROM incident WHERE id = ANY(:ids)").bind("ids", array)
                    .map((rs, ctx) -> new DuplicateFinder.Candidate(rs.getLong("id"), new PCode(rs.getString("pcode")),
                            IncidentStore.date(rs), acts.getOrDefault(rs.getLong("id"), Set.of())))
                    .forEach(c -> out.put(c.id(), c));
        });
        return out;
    }

    Map<Long, IncidentSummary> summaries(Set<Long> ids) {
        Map<Long, IncidentSummary> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM incident WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(IncidentStore::summary).forEach(s -> out.put(s.id(), s)));
        return out;
    }
}
