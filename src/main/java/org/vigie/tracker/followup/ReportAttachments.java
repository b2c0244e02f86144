package org.vigie.tracker.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.evidence.FileCheck;
import org.vigie.security.Principal;
import org.vigie.tracker.recommendations.Status;

/**
 * The files a focal point attaches to a progress report as evidence of its work: PDF, photos and office files,
 * each checked as an incident's evidence is ({@link FileCheck}: first bytes, 15 MB, SHA-256), encrypted with
 * {@link FieldCipher} bound to its row, stored in the report's own transaction. Whoever may read the report may
 * download them; to anyone else they do not exist (404). Every upload and every download is audited.
 */
public final class ReportAttachments {
    /** At most this many files with one report: the request itself is capped (see {@code App.MAX_REQUEST_BYTES}). */
    public static final int MAX_FILES = 5;
    private static final EncryptedColumn COLUMN = new EncryptedColumn("progress_report_attachment", "content");
    private final Jdbi jdbi;
    private final AttachmentStore store;
    private final AuditStore audit;
    private final FieldCipher cipher;
    private final FollowUp followUp;

    /** A file as the form sent it. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What a download gives: the attachment's record and its decrypted content. */
    public record Download(ReportAttachment file, byte[] content) {
    }

    public ReportAttachments(Jdbi jdbi, AuditStore audit, FieldCipher cipher, FollowUp followUp) {
        this.jdbi = jdbi;
        this.store = new AttachmentStore(jdbi);
        this.audit = audit;
        this.cipher = cipher;
        this.followUp = followUp;
    }

    /**
     * Submits a progress report with its attachments, all or nothing; every fault of the text and of the files is
     * told at once, each file's naming it.
     */
    public long submit(Principal author, String ip, long recommendationId, String text, Status proposed, String publicSummary,
                       List<Upload> files) {
        Faults faults = new Faults();
        faults.run(() -> FollowUp.Report.checked(text, publicSummary));
        List<FileCheck.Checked> checked = faults.check(() -> checked(files));
        faults.throwIfAny();
        return followUp.submit(author, ip, recommendationId, text, proposed, publicSummary, (h, reportId) -> {
            for (int i = 0; i < checked.size(); i++) {
                long id = store.nextId(h);
                FileCheck.Checked f = checked.get(i);
                store.insert(h, id, reportId, f, cipher.encrypt(files.get(i).content(), context(id)), author.username());
                audit.record(h, AuditEvent.of(author.username(), "progress.attachment.added", "progress_report:" + reportId, ip)
                        .with("attachment", Long.toString(id)).with("sha256", f.sha256()).with("type", f.contentType()));
            }
        });
    }

    private static List<FileCheck.Checked> checked(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw new InvalidInput("attachments", "tracker.attachment.too_many", MAX_FILES);
        }
        List<FileCheck.Checked> checked = new ArrayList<>();
        for (Upload u : files) {
            try {
                checked.add(FileCheck.check("attachments", u.fileName(), u.content(), FileCheck.Accepting.DOCUMENTS));
            } catch (InvalidInput e) {
                // The file is named: with several, the person must know which one to change.
                String why = e.messageKey().substring(e.messageKey().lastIndexOf('.') + 1);
                throw new InvalidInput("attachments", "tracker.attachment." + why, u.fileName() == null ? "" : u.fileName(),
                        e.args().length > 0 ? e.args()[0] : "");
            }
        }
        return checked;
    }

    /** The attachments of a recommendation's reports, by report, for one who may read them. */
    public Map<Long, List<ReportAttachment>> byReport(Principal viewer, long recommendationId) {
        if (!followUp.visibleTo(viewer, recommendationId)) {
            return Map.of();
        }
        return store.ofRecommendation(recommendationId).stream().collect(Collectors.groupingBy(ReportAttachment::reportId));
    }

    /** The attachments of reports a validator is shown (each report already one the viewer may read). */
    public Map<Long, List<ReportAttachment>> of(List<Long> reportIds) {
        return store.ofReports(reportIds).stream().collect(Collectors.groupingBy(ReportAttachment::reportId));
    }

    /** The decrypted file, for one who may read its report (anyone else: 404); the reading is audited with it. */
    public Download download(Principal who, String ip, long reportId, long attachmentId) {
        return jdbi.inTransaction(h -> {
            ReportAttachment f = store.find(h, reportId, attachmentId)
                    .filter(a -> followUp.visibleTo(who, a.recommendationId()))
                    .orElseThrow(() -> new NotFound("attachment " + attachmentId));
            byte[] plain = cipher.decrypt(store.content(h, attachmentId), context(attachmentId));
            audit.record(h, AuditEvent.of(who.username(), "progress.attachment.read", "progress_report:" + reportId, ip)
                    .with("attachment", Long.toString(attachmentId)));
            return new Download(f, plain);
        });
    }

    static String context(long id) {
        return FieldCipher.context(COLUMN.table(), COLUMN.column(), id);
    }

    /** The encrypted column this capability owns, for key rotation. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(COLUMN);
    }
}
