package org.vigie.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code intake_key}; the private key stays as the field keyset encrypted it. */
final class IntakeKeyStore {

    /** A row as stored: the public key's X.509 bytes, the encrypted PKCS#8 private key. */
    record Row(long id, byte[] publicKey, byte[] sealedPrivateKey, Instant createdAt, Instant retiredAt) {
    }

    private IntakeKeyStore() {
    }

    /** One writer at a time creates or retires keys, so that there is never more than one current pair. */
    static void lock(Handle h) {
        h.execute("LOCK TABLE intake_key IN SHARE ROW EXCLUSIVE MODE");
    }

    static Optional<Long> currentId(Handle h) {
        return h.createQuery("SELECT id FROM intake_key WHERE retired_at IS NULL").mapTo(Long.class).findOne();
    }

    static long nextId(Handle h) {
        return h.createQuery("SELECT nextval(pg_get_serial_sequence('intake_key', 'id'))").mapTo(Long.class).one();
    }

    static void insert(Handle h, long id, byte[] publicKey, byte[] sealedPrivateKey) {
        h.createUpdate("INSERT INTO intake_key (id, public_key, private_key) VALUES (:id, :pub, :priv)").bind("id", id)
                .bind("pub", publicKey).bind("priv", sealedPrivateKey).execute();
    }

    static void retireCurrent(Handle h, Instant now) {
        h.createUpdate("UPDATE intake_key SET retired_at = :now WHERE retired_at IS NULL").bind("now", now.atOffset(ZoneOffset.UTC)).execute();
    }

    static int deleteRetiredBefore(Handle h, Instant limit) {
        return h.createUpdate("DELETE FROM intake_key WHERE retired_at < :limit").bind("limit", limit.atOffset(ZoneOffset.UTC)).execute();
    }

    static Optional<Row> find(Handle h, long id) {
        return h.createQuery("SELECT id, public_key, private_key, created_at, retired_at FROM intake_key WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> {
                    Timestamp retired = rs.getTimestamp("retired_at");
                    return new Row(rs.getLong("id"), rs.getBytes("public_key"), rs.getBytes("private_key"),
                            rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
                }).findOne();
    }
}
