package org.vigie.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code intake_part}: the encrypted files of records split across several POSTs, kept until complete. */
final class IntakePartStore {

    /** The set of parts of one record: who sent it, which record, which manifest. */
    record Key(long deviceId, String instanceId, String manifestSha256) {
    }

    /** A part as kept: its row, its name, its size, the SHA-256 of the phone's ciphertext and the sealed bytes. */
    record Kept(long id, String fileName, long size, String contentSha256, byte[] sealed) {
    }

    private IntakePartStore() {
    }

    static long nextId(Handle h) {
        return h.createQuery("SELECT nextval('intake_part_id_seq')").mapTo(Long.class).one();
    }

    /** The SHA-256 of the part already kept under this name, if any. */
    static Optional<String> contentSha256(Handle h, Key k, String fileName) {
        return h.createQuery("SELECT content_sha256 FROM intake_part WHERE device_id = :d AND instance_id = :i "
                        + "AND manifest_sha256 = :m AND file_name = :f")
                .bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256()).bind("f", fileName)
                .mapTo(String.class).findOne();
    }

    /** Keeps a part, replacing one kept under the same name (a part sent again with other bytes). */
    static void put(Handle h, Key k, Kept part) {
        delete(h, k, part.fileName());
        h.createUpdate("INSERT INTO intake_part (id, device_id, instance_id, manifest_sha256, file_name, size, content_sha256, content) "
                        + "VALUES (:id, :d, :i, :m, :f, :s, :c, :b)")
                .bind("id", part.id()).bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256())
                .bind("f", part.fileName()).bind("s", part.size()).bind("c", part.contentSha256()).bind("b", part.sealed()).execute();
    }

    private static void delete(Handle h, Key k, String fileName) {
        h.createUpdate("DELETE FROM intake_part WHERE device_id = :d AND instance_id = :i AND manifest_sha256 = :m AND file_name = :f")
                .bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256()).bind("f", fileName).execute();
    }

    /** The parts kept for this set, in the order they came, without their bytes ({@link #content}). */
    static List<Kept> all(Handle h, Key k) {
        return h.createQuery("SELECT id, file_name, size, content_sha256 FROM intake_part "
                        + "WHERE device_id = :d AND instance_id = :i AND manifest_sha256 = :m ORDER BY id")
                .bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256())
                .map((rs, ctx) -> new Kept(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), null)).list();
    }

    /** The sealed bytes of a kept part; empty once deleted. */
    static Optional<byte[]> content(Handle h, long id) {
        return h.createQuery("SELECT content FROM intake_part WHERE id = :id").bind("id", id).mapTo(byte[].class).findOne();
    }

    /** What one kept part costs against a device's allowance beyond its bytes: an empty part is not free. */
    static final long ROW_COST = 1024;

    /**
     * What a device has parked, in bytes plus {@link #ROW_COST} a part, leaving out the part named {@code except} of set
     * {@code k} (about to be replaced).
     */
    static long parkedBytes(Handle h, Key k, String except) {
        return h.createQuery("SELECT coalesce(sum(size + " + ROW_COST + "), 0) FROM intake_part WHERE device_id = :d "
                        + "AND NOT (instance_id = :i AND manifest_sha256 = :m AND file_name = :f)")
                .bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256()).bind("f", except)
                .mapTo(Long.class).one();
    }

    static int deleteAll(Handle h, Key k) {
        return h.createUpdate("DELETE FROM intake_part WHERE device_id = :d AND instance_id = :i AND manifest_sha256 = :m")
                .bind("d", k.deviceId()).bind("i", k.instanceId()).bind("m", k.manifestSha256()).execute();
    }

    /** Deletes the sets whose last part came before {@code before}, whole (never half a set); how many parts. */
    static int deleteOlderThan(Handle h, Instant before) {
        return h.createUpdate("DELETE FROM intake_part WHERE (device_id, instance_id, manifest_sha256) IN (SELECT device_id, "
                + "instance_id, manifest_sha256 FROM intake_part GROUP BY 1, 2, 3 HAVING max(received_at) < :t)").bind("t", before).execute();
    }

    /**
     * Serialises the parts of one device: two POSTs of the same record arriving together assemble it once, and POSTs
     * of several records at once cannot each pass the device's allowance (which is per device).
     */
    static void lock(Handle h, Key k) {
        h.createQuery("SELECT pg_advisory_xact_lock(hashtext(:k))").bind("k", "intake-part:" + k.deviceId()).mapTo(String.class).one();
    }
}
