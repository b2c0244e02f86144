package org.vigie.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of the versions of re-sent submissions and of their reconciliation ({@code intake_submission}). */
final class IntakeVersionStore {

    /** A version after the first of one instanceID, with the version it is compared with. */
    record Row(long id, String instanceId, int version, long incidentId, long firstIncidentId, int firstVersion,
               String deviceLabel, Instant receivedAt, String decision) {
    }

    private IntakeVersionStore() {
    }

    /**
     * The version each later one is compared with: the version standing for the record, the first unless a
     * later one was taken in its place ({@code take_second}), the latest such one before it.
     */
    private static final String SELECT = """
            SELECT s.id, s.instance_id, s.version, s.incident_id, f.incident_id AS first_incident, f.version AS first_version,
                   d.label, s.received_at, s.decision
            FROM intake_submission s
            JOIN field_device d ON d.id = s.device_id
            JOIN LATERAL (SELECT p.incident_id, p.version FROM intake_submission p
                          WHERE p.instance_id = s.instance_id AND p.version < s.version
                            AND (p.version = 1 OR p.decision = 'take_second')
                          ORDER BY p.version DESC LIMIT 1) f ON true
            WHERE s.version > 1""";

    static List<Row> pending(Handle h, int limit) {
        return h.createQuery(SELECT + " AND s.decision IS NULL ORDER BY s.received_at, s.id LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list();
    }

    static long countPending(Handle h) {
        return h.createQuery("SELECT count(*) FROM intake_submission WHERE version > 1 AND decision IS NULL").mapTo(Long.class).one();
    }

    static Optional<Row> find(Handle h, long id) {
        return h.createQuery(SELECT + " AND s.id = :id").bind("id", id).map((rs, ctx) -> row(rs)).findOne();
    }

    /** The row, locked until the transaction ends, so that two analysts deciding at once decide once. */
    static Optional<Row> lock(Handle h, long id) {
        h.createQuery("SELECT id FROM intake_submission WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne();
        return find(h, id);
    }

    static void decide(Handle h, long id, String decision, String by, Instant at) {
        h.createUpdate("UPDATE intake_submission SET decision = :d, decided_by = :by, decided_at = :at WHERE id = :id AND decision IS NULL")
                .bind("d", decision).bind("by", by).bind("at", at).bind("id", id).execute();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }
}
