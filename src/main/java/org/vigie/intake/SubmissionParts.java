package org.vigie.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;

/**
 * The records ODK Collect splits across several POSTs. Collect counts the manifest and each file against the
 * {@code X-OpenRosa-Accept-Content-Length} the server announced; when the next file would pass it, it sends what it
 * has with {@code *isIncomplete*=yes} and the rest in further POSTs, each with the same manifest. A POST whose
 * files, with those kept from earlier POSTs, do not make up every file the manifest names has its files kept here
 * (still encrypted as the phone sent them, and sealed by the field keyset bound to their row), keyed by the device,
 * the instanceID and the SHA-256 of the manifest; the POST that completes the set has the record assembled and
 * stored as a single POST is, with every check, then the kept parts are deleted, whether the record was stored or
 * refused. A part sent again with the same bytes is kept once; with other bytes it replaces the one kept (a
 * corrupted part re-sent heals the set; a wrong one fails the signature check at assembly, as it would in one
 * POST). A device may keep at most {@link #MAX_PARKED_BYTES}; parts are deleted after {@link #KEPT}.
 */
final class SubmissionParts {
    /** What one device may have parked at once, in bytes of the phone's ciphertext. */
    static final long MAX_PARKED_BYTES = 100L * 1024 * 1024;
    /**
     * The most one record's files may weigh together, in bytes of the phone's ciphertext: assembling a record holds
     * all of them in memory, decrypted and sealed again, so a record is bounded on its own, not only by the device's
     * allowance.
     */
    static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;
    /** How long a part waits for the rest of its record. */
    static final Duration KEPT = Duration.ofDays(7);
    static final EncryptedColumn COLUMN = new EncryptedColumn("intake_part", "content");

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final AuditStore audit;
    private final Clock clock;
    private final long maxParkedBytes;

    SubmissionParts(Jdbi jdbi, FieldCipher cipher, AuditStore audit, Clock clock, long maxParkedBytes) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.maxParkedBytes = maxParkedBytes;
    }

    /**
     * Stores the record through {@code store} when this POST's files and the kept ones make up the manifest's set,
     * then deletes the kept ones; otherwise keeps this POST's files and returns a partial outcome.
     */
    FieldIntake.Outcome receive(FieldDevices.Caller caller, String ip, SubmissionManifest m, IntakePartStore.Key key,
                                Map<String, SubmissionDecryptor.Part> files, boolean flagged,
                                Function<Map<String, SubmissionDecryptor.Part>, FieldIntake.Outcome> store) {
        Set<String> needed = new LinkedHashSet<>(m.media());
        needed.add(m.xmlFile());
        Map<String, SubmissionDecryptor.Part> sent = new LinkedHashMap<>();
        files.forEach((name, part) -> {
            if (needed.contains(name)) {
                sent.put(name, part);
            }
        });
        List<IntakePartStore.Kept> kept = jdbi.withHandle(h -> IntakePartStore.all(h, key));
        Map<String, SubmissionDecryptor.Part> all = new LinkedHashMap<>(files);
        for (IntakePartStore.Kept k : kept) {
            all.putIfAbsent(k.fileName(), new SubmissionDecryptor.Part(k.size(), () -> open(k.id())));
        }
        long recordBytes = all.values().stream().mapToLong(SubmissionDecryptor.Part::size).sum();
        if (recordBytes > MAX_RECORD_BYTES) {
            if (!kept.isEmpty()) {
                jdbi.useTransaction(h -> {
                    IntakePartStore.lock(h, key);
                    IntakePartStore.deleteAll(h, key);
                });
            }
            throw new IntakeRefused(413, "intake.refused.record_too_large", MAX_RECORD_BYTES / (1024 * 1024));
        }
        if (!all.keySet().containsAll(needed)) {
            if (!flagged) {
                // Collect flags every POST but the last of a split: a last POST whose set is still incomplete (parts
                // purged, or lost with a refused assembly) is refused, so that the phone keeps the record and sends
                // it whole again, rather than told it was stored.
                if (!kept.isEmpty()) {
                    jdbi.useTransaction(h -> {
                        IntakePartStore.lock(h, key);
                        IntakePartStore.deleteAll(h, key);
                    });
                }
                String missing = needed.stream().filter(n -> !all.containsKey(n)).findFirst().orElseThrow();
                throw new IntakeRefused(400, "intake.refused.file_missing", missing);
            }
            park(caller, ip, key, sent, flagged);
            return FieldIntake.Outcome.ofPart();
        }
        try {
            return store.apply(all);
        } finally {
            if (!kept.isEmpty()) {
                jdbi.useHandle(h -> IntakePartStore.deleteAll(h, key));
            }
        }
    }

    /** Deletes the parts older than {@link #KEPT}: records whose phone never sent the rest. */
    int purge() {
        int deleted = jdbi.withHandle(h -> IntakePartStore.deleteOlderThan(h, clock.instant().minus(KEPT)));
        if (deleted > 0) {
            audit.record(AuditEvent.of("system", "intake.parts.expired", "intake_part", "").with("parts", Integer.toString(deleted)));
        }
        return deleted;
    }

    private InputStream open(long id) {
        byte[] sealed = jdbi.withHandle(h -> IntakePartStore.content(h, id))
                .orElseThrow(() -> new IntakeRefused(400, "intake.refused.decryption"));
        return new ByteArrayInputStream(cipher.decrypt(sealed, FieldCipher.context(COLUMN.table(), COLUMN.column(), id)));
    }

    /**
     * Seals the parts outside the transaction (the slow part); the transaction, under the set's lock, checks the
     * device's allowance and writes the rows. A part kept already with the same bytes is left as it is.
     */
    private void park(FieldDevices.Caller caller, String ip, IntakePartStore.Key key, Map<String, SubmissionDecryptor.Part> sent,
                      boolean flagged) {
        List<IntakePartStore.Kept> sealed = new ArrayList<>();
        for (Map.Entry<String, SubmissionDecryptor.Part> p : sent.entrySet()) {
            byte[] bytes = read(p.getValue());
            long id = jdbi.withHandle(IntakePartStore::nextId);
            sealed.add(new IntakePartStore.Kept(id, p.getKey(), bytes.length, IntakeForm.hex("SHA-256", bytes),
                    cipher.encrypt(bytes, FieldCipher.context(COLUMN.table(), COLUMN.column(), id))));
        }
        long bytes = sealed.stream().mapToLong(IntakePartStore.Kept::size).sum();
        jdbi.useTransaction(h -> {
            IntakePartStore.lock(h, key);
            int n = 0;
            for (IntakePartStore.Kept part : sealed) {
                if (IntakePartStore.contentSha256(h, key, part.fileName()).filter(part.contentSha256()::equals).isPresent()) {
                    continue;
                }
                if (IntakePartStore.parkedBytes(h, key, part.fileName()) + part.size() + IntakePartStore.ROW_COST > maxParkedBytes) {
                    throw new IntakeRefused(413, "intake.refused.parked_full", maxParkedBytes / (1024 * 1024));
                }
                IntakePartStore.put(h, key, part);
                n++;
            }
            audit.record(h, AuditEvent.of(caller.principal().username(), "intake.submission.part", "field_device:" + caller.device().id(), ip)
                    .with("instance", key.instanceId()).with("files", Integer.toString(sealed.size()))
                    .with("new", Integer.toString(n)).with("bytes", Long.toString(bytes))
                    .with("incomplete_flag", flagged ? "yes" : "no"));
        });
    }

    private static byte[] read(SubmissionDecryptor.Part part) {
        try (InputStream in = part.open()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length != part.size()) {
                throw new IntakeRefused(400, "intake.refused.decryption");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
