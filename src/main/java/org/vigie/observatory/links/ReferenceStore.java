package org.vigie.observatory.links;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.incidents.IncidentStore;

/**
 * The SQL behind {@link References}: incidents and recommendations found by the reference people see, by their
 * number, or by the beginning of a reference. Read only; references are compared without regard to case.
 */
final class ReferenceStore {
    private static final String INCIDENT_COLUMNS = "id, reference, date_start, date_end, date_precision, title, restricted, created_by";
    private final Jdbi jdbi;

    ReferenceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An incident as a link names it, with what its visibility depends on. */
    record IncidentRef(long id, String reference, java.time.LocalDate date, String title, boolean restricted, String recordedBy) {
    }

    /** The recommendation whose reference is {@code reference}, exactly or else ignoring case. */
    Optional<Long> recommendationId(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM recommendation WHERE reference = :ref UNION ALL "
                        + "(SELECT id FROM recommendation WHERE upper(reference) = upper(:ref) ORDER BY id LIMIT 1) LIMIT 1")
                .bind("ref", reference).mapTo(Long.class).findOne());
    }

    boolean recommendationExists(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM recommendation WHERE id = :id)")
                .bind("id", id).mapTo(Boolean.class).one());
    }

    /** References of recommendations that begin with {@code prefix} (taken literally, case ignored), in order. */
    List<String> recommendationReferencesStartingWith(String prefix, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT reference FROM recommendation WHERE upper(reference) LIKE upper(:p) ESCAPE '\\' "
                        + "ORDER BY reference LIMIT :limit")
                .bind("p", literal(prefix) + "%").bind("limit", limit).mapTo(String.class).list());
    }

    Optional<IncidentRef> incidentByReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE reference = :ref UNION ALL "
                        + "(SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE upper(reference) = upper(:ref) ORDER BY id LIMIT 1) LIMIT 1")
                .bind("ref", reference).map((rs, ctx) -> incident(rs)).findOne());
    }

    Optional<IncidentRef> incident(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> incident(rs)).findOne());
    }

    /** Incidents whose reference begins with {@code prefix}, among those not restricted unless {@code allRestricted} or recorded by {@code monitor}. */
    List<IncidentRef> incidentsStartingWith(String prefix, boolean allRestricted, String monitor, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE upper(reference) LIKE upper(:p) ESCAPE '\\' "
                        + "AND (NOT restricted OR :all OR created_by = :monitor) ORDER BY reference LIMIT :limit")
                .bind("p", literal(prefix) + "%").bind("all", allRestricted).bind("monitor", monitor).bind("limit", limit)
                .map((rs, ctx) -> incident(rs)).list());
    }

    /** Incidents by id, in the order of {@code ids}; ids that name none are left out. */
    List<IncidentRef> incidents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.reference, i.date_start, i.date_end, i.date_precision, i.title, "
                        + "i.restricted, i.created_by FROM unnest(:ids) WITH ORDINALITY AS w(id, n) JOIN incident i ON i.id = w.id ORDER BY w.n")
                .bind("ids", ids.toArray(Long[]::new)).map((rs, ctx) -> incident(rs)).list());
    }

    private static IncidentRef incident(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new IncidentRef(rs.getLong("id"), rs.getString("reference"), IncidentStore.date(rs).start(), rs.getString("title"),
                rs.getBoolean("restricted"), rs.getString("created_by"));
    }

    private static String literal(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
