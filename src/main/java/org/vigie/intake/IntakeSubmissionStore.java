package org.vigie.intake;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code intake_submission}: what each instanceID already brought. */
final class IntakeSubmissionStore {

    /** A version of a submission already stored. */
    record Stored(int version, long incidentId) {
    }

    private IntakeSubmissionStore() {
    }

    /** The version already stored with this exact content, if any. */
    static Optional<Stored> sameContent(Handle h, String instanceId, String sha256) {
        return h.createQuery("SELECT version, incident_id FROM intake_submission WHERE instance_id = :i AND content_sha256 = :s")
                .bind("i", instanceId).bind("s", sha256).map((rs, ctx) -> new Stored(rs.getInt(1), rs.getLong(2))).findOne();
    }

    /** The version stored from this exact manifest, if any: a final POST of a split record sent again. */
    static Optional<Stored> sameManifest(Handle h, long deviceId, String instanceId, String manifestSha256) {
        return h.createQuery("SELECT version, incident_id FROM intake_submission WHERE device_id = :d AND instance_id = :i "
                        + "AND manifest_sha256 = :m")
                .bind("d", deviceId).bind("i", instanceId).bind("m", manifestSha256).map((rs, ctx) -> new Stored(rs.getInt(1), rs.getLong(2))).findFirst();
    }

    /** The next version number of an instanceID: 1 for a submission never seen. */
    static int nextVersion(Handle h, String instanceId) {
        return h.createQuery("SELECT coalesce(max(version), 0) + 1 FROM intake_submission WHERE instance_id = :i")
                .bind("i", instanceId).mapTo(Integer.class).one();
    }

    static void insert(Handle h, long deviceId, String instanceId, int version, String sha256, String formVersion,
                       String manifestSha256, long incidentId) {
        h.createUpdate("INSERT INTO intake_submission (device_id, instance_id, version, content_sha256, form_version, manifest_sha256, "
                        + "incident_id) VALUES (:d, :i, :v, :s, :f, :m, :inc)")
                .bind("d", deviceId).bind("i", instanceId).bind("v", version).bind("s", sha256).bind("f", formVersion)
                .bind("m", manifestSha256).bind("inc", incidentId).execute();
    }

    /** Serialises the submissions of one instanceID, so that two retries arriving together store one. */
    static void lock(Handle h, String instanceId) {
        h.createQuery("SELECT pg_advisory_xact_lock(hashtext(:i))").bind("i", "intake:" + instanceId).mapTo(String.class).one();
    }
}
