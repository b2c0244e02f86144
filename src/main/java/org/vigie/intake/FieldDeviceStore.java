package org.vigie.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of {@code field_device}. */
final class FieldDeviceStore {
    private static final String SELECT = "SELECT d.id, d.account_id, a.username, d.label, d.created_by, d.created_at, d.revoked_at, "
            + "d.last_used_at FROM field_device d JOIN account a ON a.id = d.account_id ";

    private final Jdbi jdbi;

    FieldDeviceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, long accountId, String label, byte[] tokenHash, String by) {
        return h.createUpdate("INSERT INTO field_device (account_id, label, token_hash, created_by) VALUES (:a, :l, :t, :b)")
                .bind("a", accountId).bind("l", label).bind("t", tokenHash).bind("b", by)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    List<FieldDevice> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY d.revoked_at IS NOT NULL, d.created_at DESC, d.id DESC")
                .map(FieldDeviceStore::device).list());
    }

    Optional<FieldDevice> find(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE d.id = :id").bind("id", id).map(FieldDeviceStore::device).findOne();
    }

    Optional<FieldDevice> byTokenHash(Handle h, byte[] hash) {
        return h.createQuery(SELECT + "WHERE d.token_hash = :h").bind("h", hash).map(FieldDeviceStore::device).findOne();
    }

    boolean revoke(Handle h, long id, String by, Instant at) {
        return h.createUpdate("UPDATE field_device SET revoked_at = :at, revoked_by = :b WHERE id = :id AND revoked_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("b", by).bind("id", id).execute() == 1;
    }

    void used(Handle h, long id, Instant at) {
        h.createUpdate("UPDATE field_device SET last_used_at = :at WHERE id = :id").bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("id", id).execute();
    }

    private static FieldDevice device(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FieldDevice(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"), rs.getString("label"),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
