package org.vigie.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.errors.Faults;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.evidence.Evidence;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.imports.ImportedIncident;
import org.vigie.observatory.imports.IncidentImport;
import org.vigie.observatory.imports.IncidentImports;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.IncidentRecorder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Receives the encrypted records of field devices and stores each as a reported incident: the manifest read,
 * the record decrypted in memory with the intake key of its form version ({@link SubmissionDecryptor}), its XML
 * read as an ODK import reads it ({@link IncidentImports#read}), the incident and its victims recorded in one
 * transaction with identities encrypted by the field keyset ({@link IncidentRecorder}), photos and audio kept as
 * evidence with their SHA-256, the device named in the audit trail. Same instanceID and same content: stored once.
 * Same instanceID, other content: a new version, its own reported incident, never merged. A record the phone split
 * across several POSTs is kept part by part until complete ({@link SubmissionParts}), then stored the same way.
 * Any refusal stores nothing and is audited.
 */
public final class FieldIntake {
    /**
     * What a submission did: stored as a new incident (or version), already there, or only a part of a record
     * split across several POSTs kept until the rest comes ({@link SubmissionParts}; no incident yet, ids 0).
     */
    public record Outcome(boolean duplicate, long incidentId, int version, boolean partial) {
        Outcome(boolean duplicate, long incidentId, int version) {
            this(duplicate, incidentId, version, false);
        }

        static Outcome ofPart() {
            return new Outcome(false, 0, 0, true);
        }
    }

    private final Jdbi jdbi;
    private final IntakeKeys keys;
    private final IntakeForm form;
    private final IncidentImports imports;
    private final IncidentRecorder recorder;
    private final Evidence evidence;
    private final AuditStore audit;
    private final Messages messages;
    private final SubmissionParts parts;

    public FieldIntake(Jdbi jdbi, IntakeKeys keys, Supplier<XlsFormWriter> writer, IncidentImports imports, IncidentRecorder recorder,
                       Evidence evidence, AuditStore audit, Messages messages, FieldCipher cipher, Clock clock) {
        this(jdbi, keys, writer, imports, recorder, evidence, audit, messages, cipher, clock, SubmissionParts.MAX_PARKED_BYTES);
    }

    /** With {@code maxParkedBytes} the bytes of split records one device may have waiting (tests give a small one). */
    FieldIntake(Jdbi jdbi, IntakeKeys keys, Supplier<XlsFormWriter> writer, IncidentImports imports, IncidentRecorder recorder,
                Evidence evidence, AuditStore audit, Messages messages, FieldCipher cipher, Clock clock, long maxParkedBytes) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.form = new IntakeForm(writer, keys);
        this.imports = imports;
        this.recorder = recorder;
        this.evidence = evidence;
        this.audit = audit;
        this.messages = messages;
        this.parts = new SubmissionParts(jdbi, cipher, audit, clock, maxParkedBytes);
    }

    /** The encrypted column this capability's split records use, for key rotation. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(SubmissionParts.COLUMN);
    }

    /** Deletes the parts of split records whose rest never came within a week (scheduled); how many. */
    public int purgeExpiredParts() {
        return parts.purge();
    }

    IntakeForm form() {
        return form;
    }

    /**
     * Stores one submission, or keeps its files when they are only part of the record ({@code flagged}: the phone
     * said {@code *isIncomplete*}), or throws {@link IntakeRefused} after auditing why; nothing is stored then. A
     * manifest already stored (a final POST sent again) is a duplicate before anything else.
     */
    Outcome receive(FieldDevices.Caller caller, String ip, byte[] manifestXml, Map<String, SubmissionDecryptor.Part> files,
                    boolean flagged) {
        try {
            SubmissionManifest m = SubmissionManifest.parse(manifestXml);
            if (!OdkForm.FORM_ID.equals(m.formId())) {
                throw new IntakeRefused(404, "intake.refused.unknown_form", m.formId());
            }
            String manifestSha256 = IntakeForm.hex("SHA-256", manifestXml);
            Optional<Outcome> known = storedFrom(caller, m, manifestSha256);
            if (known.isPresent()) {
                return known.get();
            }
            IntakePartStore.Key key = new IntakePartStore.Key(caller.device().id(), m.instanceId(), manifestSha256);
            try {
                return parts.receive(caller, ip, m, key, files, flagged, all -> store(caller, ip, m, manifestSha256, all));
            } catch (IntakeRefused e) {
                // Two last parts sent together: the one that stored the record deleted the parts the other was reading.
                return storedFrom(caller, m, manifestSha256).orElseThrow(() -> e);
            }
        } catch (IntakeRefused e) {
            throw refused(caller, ip, e);
        }
    }

    /** The duplicate outcome when a submission came with this very manifest already. */
    private Optional<Outcome> storedFrom(FieldDevices.Caller caller, SubmissionManifest m, String manifestSha256) {
        return jdbi.withHandle(h -> IntakeSubmissionStore.sameManifest(h, caller.device().id(), m.instanceId(), manifestSha256))
                .map(s -> new Outcome(true, s.incidentId(), s.version()));
    }

    /** Audits a refused submission (whether refused here or by the route, before its body was read) and returns it. */
    IntakeRefused refused(FieldDevices.Caller caller, String ip, IntakeRefused e) {
        audit.record(AuditEvent.of(caller.principal().username(), "intake.submission.refused", "field_device:" + caller.device().id(), ip)
                .with("reason", e.messageKey()));
        return e;
    }

    /**
     * Everything slow is done before the transaction opens: the decryption, the reading of the XML, the check of
     * each file's kind, its SHA-256 and its encryption for the database ({@link Evidence#seal}). The transaction
     * then only writes rows, and holds the audit trail's lock for as long as that takes; the search index is
     * written once it has committed.
     */
    private Outcome store(FieldDevices.Caller caller, String ip, SubmissionManifest m, String manifestSha256,
                          Map<String, SubmissionDecryptor.Part> files) {
        IntakeKey key = IntakeForm.keyOf(m.version()).flatMap(keys::usable)
                .orElseThrow(() -> new IntakeRefused(400, "intake.refused.unknown_version", m.version()));
        SubmissionDecryptor.Clear clear = SubmissionDecryptor.decrypt(m, files, key.privateKey());
        IncidentImport read = imports.read(clear.xml(), "submission.xml", "odk");
        Lang lang = Lang.fromCode(caller.principal().language()).orElse(Lang.FR);
        if (!read.succeeded()) {
            throw new IntakeRefused(400, "intake.refused.invalid", read.errors().get(0).describe(messages, lang));
        }
        ImportedIncident incident = read.incidents().get(0);
        if (!m.instanceId().equals(incident.incident().externalId())) {
            throw new IntakeRefused(400, "intake.refused.instance_id");
        }
        String sha256 = IntakeForm.hex("SHA-256", clear.xml());
        // A retry (Collect resends when it saw no answer) is answered before any file is sealed; the check is
        // made again under the lock below, for two retries arriving together.
        var known = jdbi.withHandle(h -> IntakeSubmissionStore.sameContent(h, m.instanceId(), sha256));
        if (known.isPresent()) {
            return new Outcome(true, known.get().incidentId(), known.get().version());
        }
        List<Evidence.Sealed> sealed = seal(caller, clear);
        IncidentRecorder.Staged[] staged = new IncidentRecorder.Staged[1];
        Outcome outcome;
        try {
            outcome = jdbi.inTransaction(h -> {
                IntakeSubmissionStore.lock(h, m.instanceId());
                var same = IntakeSubmissionStore.sameContent(h, m.instanceId(), sha256);
                if (same.isPresent()) {
                    return new Outcome(true, same.get().incidentId(), same.get().version());
                }
                int version = IntakeSubmissionStore.nextVersion(h, m.instanceId());
                IncidentDraft draft = version == 1 ? incident.incident() : withExternalId(incident.incident(), m.instanceId() + "#v" + version);
                staged[0] = recorder.stage(draft, incident.victims(), caller.principal(), ip, new Faults());
                long id = staged[0].recorded().id();
                for (Evidence.Sealed file : sealed) {
                    evidence.add(h, caller.principal(), ip, id, file);
                }
                IntakeSubmissionStore.insert(h, caller.device().id(), m.instanceId(), version, sha256, m.version(), manifestSha256, id);
                audit.record(h, AuditEvent.of(caller.principal().username(), "intake.submission.received", "incident:" + id, ip)
                        .with("device", Long.toString(caller.device().id())).with("instance", m.instanceId())
                        .with("version", Integer.toString(version)).with("media", Integer.toString(sealed.size())));
                return new Outcome(false, id, version);
            });
        } catch (InvalidInput e) {
            throw new IntakeRefused(400, "intake.refused.invalid", e.field() + ": " + messages.get(lang, e.messageKey(), e.args()));
        } catch (Forbidden e) {
            throw new IntakeRefused(403, "intake.refused.forbidden");
        }
        if (staged[0] != null) {
            staged[0].index();
        }
        return outcome;
    }

    /**
     * The media checked by their first bytes and sealed for the database. The photo question takes a photo
     * (JPEG, PNG) and the audio question a recording (M4A/AAC, 3GPP, AMR, MP3, Ogg), whatever the file's name
     * says; a file the record names but the request lacks is refused, as is any file of another kind.
     */
    private List<Evidence.Sealed> seal(FieldDevices.Caller caller, SubmissionDecryptor.Clear clear) {
        Map<String, String> expected = mediaAnswers(clear.xml());
        for (String name : expected.keySet()) {
            if (!clear.media().containsKey(name)) {
                throw new IntakeRefused(400, "intake.refused.media_missing", name);
            }
        }
        String note = messages.get(Lang.FR, "intake.evidence_note", caller.device().label());
        List<Evidence.Sealed> sealed = new ArrayList<>();
        for (Map.Entry<String, byte[]> media : clear.media().entrySet()) {
            if (media.getValue().length > Evidence.MAX_BYTES) {
                throw new IntakeRefused(413, "intake.refused.media_too_large", Evidence.MAX_BYTES / (1024 * 1024));
            }
            Evidence.Sealed s;
            try {
                s = evidence.seal("file", media.getKey(), media.getValue(), note);
            } catch (InvalidInput e) {
                throw new IntakeRefused(415, "intake.refused.media_type", media.getKey());
            }
            String type = s.checked().contentType();
            String question = expected.get(media.getKey());
            boolean fits = question == null ? type.startsWith("image/") || type.startsWith("audio/")
                    : question.equals(OdkForm.PHOTO) ? type.startsWith("image/") : type.startsWith("audio/");
            if (!fits) {
                throw new IntakeRefused(415, "intake.refused.media_type", media.getKey());
            }
            sealed.add(s);
        }
        return sealed;
    }

    /** The file names the record's photo and audio questions hold, each with its question. */
    private static Map<String, String> mediaAnswers(byte[] xml) {
        Map<String, String> answers = new LinkedHashMap<>();
        Document d = SubmissionManifest.document(xml);
        for (String question : List.of(OdkForm.PHOTO, OdkForm.AUDIO)) {
            NodeList nodes = d.getElementsByTagNameNS("*", question);
            for (int i = 0; i < nodes.getLength(); i++) {
                String file = nodes.item(i).getTextContent().strip();
                if (!file.isEmpty()) {
                    answers.put(file, question);
                }
            }
        }
        return answers;
    }

    private static IncidentDraft withExternalId(IncidentDraft d, String externalId) {
        return new IncidentDraft(d.date(), d.place(), d.locality(), d.latitude(), d.longitude(), d.title(), d.descriptionFr(),
                d.descriptionEn(), d.acts(), d.sources(), d.origin(), externalId);
    }
}
