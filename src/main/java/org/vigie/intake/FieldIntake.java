package org.vigie.intake;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
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

/**
 * Receives the encrypted records of field devices and stores each as a reported incident: the manifest read,
 * the record decrypted in memory with the intake key of its form version ({@link SubmissionDecryptor}), its XML
 * read as an ODK import reads it ({@link IncidentImports#read}), the incident and its victims recorded in one
 * transaction with identities encrypted by the field keyset ({@link IncidentRecorder}), photos and audio kept as
 * evidence with their SHA-256, the device named in the audit trail. Same instanceID and same content: stored once.
 * Same instanceID, other content: a new version, its own reported incident, never merged. Any refusal stores
 * nothing and is audited.
 */
public final class FieldIntake {
    /** What a submission did: stored as a new incident (or version), or already there. */
    public record Outcome(boolean duplicate, long incidentId, int version) {
    }

    private final Jdbi jdbi;
    private final IntakeKeys keys;
    private final IntakeForm form;
    private final IncidentImports imports;
    private final IncidentRecorder recorder;
    private final Evidence evidence;
    private final AuditStore audit;
    private final Messages messages;

    public FieldIntake(Jdbi jdbi, IntakeKeys keys, Supplier<XlsFormWriter> writer, IncidentImports imports, IncidentRecorder recorder,
                       Evidence evidence, AuditStore audit, Messages messages) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.form = new IntakeForm(writer, keys);
        this.imports = imports;
        this.recorder = recorder;
        this.evidence = evidence;
        this.audit = audit;
        this.messages = messages;
    }

    IntakeForm form() {
        return form;
    }

    /** Stores one submission, or throws {@link IntakeRefused} after auditing why; nothing is stored then. */
    Outcome receive(FieldDevices.Caller caller, String ip, byte[] manifestXml, Map<String, byte[]> files) {
        try {
            return store(caller, ip, manifestXml, files);
        } catch (IntakeRefused e) {
            audit.record(AuditEvent.of(caller.principal().username(), "intake.submission.refused", "field_device:" + caller.device().id(), ip)
                    .with("reason", e.messageKey()));
            throw e;
        }
    }

    private Outcome store(FieldDevices.Caller caller, String ip, byte[] manifestXml, Map<String, byte[]> files) {
        SubmissionManifest m = SubmissionManifest.parse(manifestXml);
        if (!OdkForm.FORM_ID.equals(m.formId())) {
            throw new IntakeRefused(404, "intake.refused.unknown_form", m.formId());
        }
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
        for (Map.Entry<String, byte[]> media : clear.media().entrySet()) {
            if (media.getValue().length > Evidence.MAX_BYTES) {
                throw new IntakeRefused(413, "intake.refused.media_too_large", Evidence.MAX_BYTES / (1024 * 1024));
            }
        }
        String sha256 = IntakeForm.hex("SHA-256", clear.xml());
        try {
            return jdbi.inTransaction(h -> {
                IntakeSubmissionStore.lock(h, m.instanceId());
                var same = IntakeSubmissionStore.sameContent(h, m.instanceId(), sha256);
                if (same.isPresent()) {
                    return new Outcome(true, same.get().incidentId(), same.get().version());
                }
                int version = IntakeSubmissionStore.nextVersion(h, m.instanceId());
                IncidentDraft draft = version == 1 ? incident.incident() : withExternalId(incident.incident(), m.instanceId() + "#v" + version);
                long id = recorder.record(draft, incident.victims(), caller.principal(), ip).id();
                for (Map.Entry<String, byte[]> media : clear.media().entrySet()) {
                    evidence.add(caller.principal(), ip, id, media.getKey(), media.getValue(),
                            messages.get(Lang.FR, "intake.evidence_note", caller.device().label()));
                }
                IntakeSubmissionStore.insert(h, caller.device().id(), m.instanceId(), version, sha256, m.version(), id);
                audit.record(h, AuditEvent.of(caller.principal().username(), "intake.submission.received", "incident:" + id, ip)
                        .with("device", Long.toString(caller.device().id())).with("instance", m.instanceId())
                        .with("version", Integer.toString(version)).with("media", Integer.toString(clear.media().size())));
                return new Outcome(false, id, version);
            });
        } catch (InvalidInput e) {
            throw new IntakeRefused(400, "intake.refused.invalid", e.field() + ": " + messages.get(lang, e.messageKey(), e.args()));
        } catch (Forbidden e) {
            throw new IntakeRefused(403, "intake.refused.forbidden");
        }
    }

    private static IncidentDraft withExternalId(IncidentDraft d, String externalId) {
        return new IncidentDraft(d.date(), d.place(), d.locality(), d.latitude(), d.longitude(), d.title(), d.descriptionFr(),
                d.descriptionEn(), d.acts(), d.sources(), d.origin(), externalId);
    }
}
