package org.vigie.tracker.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.tracker.recommendations.Status;

/** SQL for assignments to institutions and progress reports. */
final class FollowUpStore {
    static final String REPORT = "SELECT p.*, i.code AS institution_code FROM progress_report p "
            + "JOIN institution i ON i.id = p.institution_id ";
    private final Jdbi jdbi;

    FollowUpStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    boolean assign(Handle h, long recommendationId, long institutionId, String actor) {
        return h.createUpdate("INSERT INTO recommendation_assignment (recommendation_id, institution_id, assigned_by) "
                        + "VALUES (:r, :i, :a) ON CONFLICT DO NOTHING")
                .bind("r", recommendationId).bind("i", institutionId).bind("a", actor).execute() == 1;
    }

    List<String> institutionsOf(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.code FROM recommendation_assignment a JOIN institution i "
                        + "ON i.id = a.institution_id WHERE a.recommendation_id = :r ORDER BY i.code")
                .bind("r", recommendationId).mapTo(String.class).list());
    }

    boolean isAssigned(Handle h, long recommendationId, long institutionId) {
        return h.createQuery("SELECT count(*) FROM recommendation_assignment WHERE recommendation_id = :r AND institution_id = :i")
                .bind("r", recommendationId).bind("i", institutionId).mapTo(Integer.class).one() > 0;
    }

    long insertReport(Handle h, long recommendationId, long institutionId, String author, String text, Status proposed,
            String publicSummary) {
        return h.createUpdate("INSERT INTO progress_report (recommendation_id, institution_id, author, text, proposed_status, public_summary) "
                        + "VALUES (:r, :i, :a, :t, :s, :p)")
                .bind("r", recommendationId).bind("i", institutionId).bind("a", author).bind("t", text).bind("s", proposed.code())
                .bind("p", publicSummary)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<ProgressReport> report(Handle h, long id) {
        return h.createQuery(REPORT + "WHERE p.id = :id FOR UPDATE OF p").bind("id", id).map(FollowUpStore::row).findOne();
    }

    List<ProgressReport> reportsOf(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery(REPORT + "WHERE p.recommendation_id = :r ORDER BY p.submitted_at DESC, p.id DESC")
                .bind("r", recommendationId).map(FollowUpStore::row).list());
    }

    /** An institution's reports in {@code state}, oldest first, each with its recommendation's reference and text. */
    List<ReportToDecide> withRecommendation(long institutionId, ProgressReport.State state, boolean latestOnly, int limit) {
        // A returned report is still to be answered only while no newer report of its institution followed it.
        String latest = latestOnly ? "AND NOT EXISTS (SELECT 1 FROM progress_report n WHERE n.recommendation_id = p.recommendation_id "
                + "AND n.institution_id = p.institution_id AND n.id > p.id) " : "";
        return jdbi.withHandle(h -> h.createQuery("SELECT p.*, i.code AS institution_code, r.reference AS r_reference, r.text AS r_text, "
                        + "r.text_fr AS r_text_fr, r.text_en AS r_text_en, r.document_symbol AS r_symbol, r.paragraph AS r_paragraph, "
                        + "r.mechanism AS r_mechanism FROM progress_report p JOIN institution i ON i.id = p.institution_id "
                        + "JOIN recommendation r ON r.id = p.recommendation_id WHERE p.institution_id = :i AND p.state = :s " + latest
                        + "ORDER BY p.submitted_at, p.id LIMIT :limit")
                .bind("i", institutionId).bind("s", state.code()).bind("limit", limit)
                .map((rs, ctx) -> new ReportToDecide(row(rs, ctx), rs.getString("r_reference"), rs.getString("r_text"),
                        rs.getString("r_text_fr"), rs.getString("r_text_en"), rs.getString("r_symbol"), rs.getString("r_paragraph"),
                        rs.getString("r_mechanism")))
                .list());
    }

    long count(long institutionId, ProgressReport.State state, boolean latestOnly) {
        String latest = latestOnly ? "AND NOT EXISTS (SELECT 1 FROM progress_report n WHERE n.recommendation_id = p.recommendation_id "
                + "AND n.institution_id = p.institution_id AND n.id > p.id) " : "";
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM progress_report p WHERE p.institution_id = :i AND p.state = :s " + latest)
                .bind("i", institutionId).bind("s", state.code()).mapTo(Long.class).one());
    }

    void decide(Handle h, long reportId, ProgressReport.State state, String validator, String comment) {
        h.createUpdate("UPDATE progress_report SET state = :s, validator = :v, validator_comment = :c, decided_at = now() WHERE id = :id")
                .bind("s", state.code()).bind("v", validator).bind("c", comment).bind("id", reportId).execute();
    }

    void setStatus(Handle h, long recommendationId, Status status) {
        h.createUpdate("UPDATE recommendation SET status = :s WHERE id = :r").bind("s", status.code()).bind("r", recommendationId).execute();
    }

    static ProgressReport row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new ProgressReport(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getLong("institution_id"),
                rs.getString("institution_code"), rs.getString("author"), rs.getString("text"),
                Status.parse("proposed_status", rs.getString("proposed_status")),
                ProgressReport.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getString("validator"),
                rs.getString("validator_comment"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
