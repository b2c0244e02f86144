package org.vigie.tracker.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigie.observatory.evidence.FileCheck;

/** SQL for progress reports' attachments; the content arrives and leaves encrypted. */
final class AttachmentStore {
    private static final String SELECT = "SELECT a.id, a.report_id, p.recommendation_id, a.file_name, a.content_type, a.size_bytes, "
            + "a.sha256, a.added_by, a.added_at FROM progress_report_attachment a JOIN progress_report p ON p.id = a.report_id ";
    private final Jdbi jdbi;

    AttachmentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long nextId(Handle h) {
        return h.createQuery("SELECT nextval('progress_report_attachment_id_seq')").mapTo(Long.class).one();
    }

    void insert(Handle h, long id, long reportId, FileCheck.Checked f, byte[] encrypted, String addedBy) {
        h.createUpdate("INSERT INTO progress_report_attachment (id, report_id, file_name, content_type, size_bytes, sha256, content, "
                        + "added_by) VALUES (:id, :report, :name, :type, :size, :sha, :content, :by)")
                .bind("id", id).bind("report", reportId).bind("name", f.name()).bind("type", f.contentType())
                .bind("size", f.sizeBytes()).bind("sha", f.sha256()).bind("content", encrypted).bind("by", addedBy).execute();
    }

    /** The attachments of every report of a recommendation, oldest first. */
    List<ReportAttachment> ofRecommendation(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE p.recommendation_id = :r ORDER BY a.id")
                .bind("r", recommendationId).map(AttachmentStore::row).list());
    }

    /** The attachments of these reports, oldest first. */
    List<ReportAttachment> ofReports(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE a.report_id IN (<ids>) ORDER BY a.id")
                .bindList("ids", reportIds).map(AttachmentStore::row).list());
    }

    Optional<ReportAttachment> find(Handle h, long reportId, long id) {
        return h.createQuery(SELECT + "WHERE a.report_id = :report AND a.id = :id")
                .bind("report", reportId).bind("id", id).map(AttachmentStore::row).findOne();
    }

    byte[] content(Handle h, long id) {
        return h.createQuery("SELECT content FROM progress_report_attachment WHERE id = :id").bind("id", id).mapTo(byte[].class).one();
    }

    private static ReportAttachment row(ResultSet rs, StatementContext ctx) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp("added_at");
        return new ReportAttachment(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("recommendation_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("added_by"),
                at == null ? null : at.toInstant());
    }
}
