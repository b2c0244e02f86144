package org.vigie.observatory.evidence;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.IncidentReviewStore;
import org.vigie.security.Principal;

/**
 * Evidence files of incidents: checked by size and by their first bytes (never by name), encrypted with
 * {@link FieldCipher} bound to their row before they reach the database, their SHA-256 kept to show they
 * did not change; every upload and every download audited. Downloads are for the roles that see
 * identities: a photo or a recording may show a person.
 */
public final class Evidence {
    private static final EncryptedColumn COLUMN = new EncryptedColumn("incident_evidence", "content");
    public static final long MAX_BYTES = FileCheck.MAX_BYTES;
    private final Jdbi jdbi;
    private final EvidenceStore store;
    private final IncidentReviewStore incidents;
    private final AuditStore audit;
    private final FieldCipher cipher;

    /** What a download gives: the file's record and its decrypted content. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    public Evidence(Jdbi jdbi, AuditStore audit, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.store = new EvidenceStore(jdbi);
        this.incidents = new IncidentReviewStore(jdbi);
        this.audit = audit;
        this.cipher = cipher;
    }

    /**
     * A file checked and encrypted before the transaction that stores it ({@link #seal}): the digest and the
     * encryption of a large file, the slow part, are done outside the transaction and the audit trail's lock.
     */
    public static final class Sealed {
        private final long id;
        private final FileCheck.Checked checked;
        private final byte[] encrypted;
        private final String note;

        private Sealed(long id, FileCheck.Checked checked, byte[] encrypted, String note) {
            this.id = id;
            this.checked = checked;
            this.encrypted = encrypted;
            this.note = note;
        }

        public FileCheck.Checked checked() {
            return checked;
        }
    }

    /**
     * Checks and encrypts a file for {@link #add(Handle, Principal, String, long, Sealed)}; the ciphertext is
     * bound to the evidence id drawn here, as {@link #add(Principal, String, long, String, byte[], String)}
     * binds it. A file sealed and never added leaves only a gap in the ids.
     *
     * @throws InvalidInput naming {@code field} if the file is empty, too large or of a kind not taken
     */
    public Sealed seal(String field, String fileName, byte[] content, String description) {
        FileCheck.Checked checked = FileCheck.check(field, fileName, content, FileCheck.Accepting.EVIDENCE);
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("description", "error.too_long", 2000);
        }
        long id = jdbi.withHandle(store::nextId);
        return new Sealed(id, checked, cipher.encrypt(content, FieldCipher.context(COLUMN.table(), COLUMN.column(), id)), note);
    }

    /** Stores a sealed file in the caller's transaction {@code h}, audited there. */
    public long add(Handle h, Principal who, String ip, long incidentId, Sealed s) {
        incidents.restricted(h, incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
        EvidenceFile f = new EvidenceFile(s.id, incidentId, s.checked.name(), s.checked.contentType(), s.checked.sizeBytes(),
                s.checked.sha256(), s.note, who.username(), null);
        store.insert(h, f, s.encrypted);
        audit.record(h, AuditEvent.of(who.username(), "incident.evidence.added", "incident:" + incidentId, ip)
                .with("evidence", Long.toString(s.id)).with("sha256", f.sha256()).with("type", f.contentType()));
        return s.id;
    }

    public long add(Principal who, String ip, long incidentId, String fileName, byte[] content, String description) {
        FileCheck.Checked checked = FileCheck.check("file", fileName, content, FileCheck.Accepting.EVIDENCE);
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("description", "error.too_long", 2000);
        }
        return jdbi.inTransaction(h -> {
            incidents.restricted(h, incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
            long id = store.nextId(h);
            EvidenceFile f = new EvidenceFile(id, incidentId, checked.name(), checked.contentType(), checked.sizeBytes(),
                    checked.sha256(), note, who.username(), null);
            store.insert(h, f, cipher.encrypt(content, context(id, incidentId)));
            audit.record(h, AuditEvent.of(who.username(), "incident.evidence.added", "incident:" + incidentId, ip)
                    .with("evidence", Long.toString(id)).with("sha256", f.sha256()).with("type", f.contentType()));
            return id;
        });
    }

    public List<EvidenceFile> of(long incidentId) {
        return store.of(incidentId);
    }

    /** The decrypted file, for the roles that see identities; the reading is audited in the same transaction. */
    public Download download(Principal who, String ip, long incidentId, long evidenceId) {
        if (!who.role().seesIdentities()) {
            throw new Forbidden(who.username() + " may not download evidence");
        }
        return jdbi.inTransaction(h -> {
            EvidenceFile f = store.find(h, incidentId, evidenceId).orElseThrow(() -> new NotFound("evidence " + evidenceId));
            byte[] plain = cipher.decrypt(store.content(h, evidenceId), context(evidenceId, incidentId));
            audit.record(h, AuditEvent.of(who.username(), "incident.evidence.read", "incident:" + incidentId, ip)
                    .with("evidence", Long.toString(evidenceId)));
            return new Download(f, plain);
        });
    }

    /** Bound to its row as every encrypted column is, so that {@code vigie keys rotate} re-encrypts it. */
    static String context(long id, long incidentId) {
        return FieldCipher.context(COLUMN.table(), COLUMN.column(), id);
    }

    /** The encrypted column this capability owns, for key rotation. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(COLUMN);
    }
}
