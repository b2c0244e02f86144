package org.vigie.tracker.followup;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.Institution;
import org.vigie.accounts.InstitutionStore;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Conflict;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.tracker.recommendations.RecommendationExport;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.TrackedRecommendation;
import org.vigie.tracker.recommendations.Tracker;

/**
 * Following a recommendation up: analysts assign it to institutions; a focal point of an assigned
 * institution reports progress; that institution's validator approves the report, which alone
 * changes the recommendation's status, or returns it with a comment.
 */
public final class FollowUp {
    static final int MAX_TEXT = 20_000;
    static final int MAX_SUMMARY = 1_000;
    static final int SHOWN = 100;
    private final Jdbi jdbi;
    private final FollowUpStore store;
    private final InstitutionStore institutions;
    private final AuditStore audit;

    public FollowUp(Jdbi jdbi, AuditStore audit, InstitutionStore institutions) {
        this.jdbi = jdbi;
        this.store = new FollowUpStore(jdbi);
        this.institutions = institutions;
        this.audit = audit;
    }

    public void assign(Principal actor, String ip, long recommendationId, String institutionCode) {
        if (institutionCode == null || institutionCode.isBlank()) {
            throw new InvalidInput("institution", "error.required");
        }
        Institution inst = institutions.byCode(institutionCode == null ? "" : institutionCode.trim())
                .orElseThrow(() -> new InvalidInput("institution", "error.institution.unknown", String.valueOf(institutionCode)));
        jdbi.useTransaction(h -> {
            if (store.assign(h, recommendationId, inst.id(), actor.username())) {
                audit.record(h, AuditEvent.of(actor.username(), "recommendation.assigned", "recommendation:" + recommendationId, ip)
                        .with("institution", inst.code()));
            }
        });
    }

    /** A focal point reports on a recommendation assigned to its institution, with no public summary. */
    public long submit(Principal author, String ip, long recommendationId, String text, Status proposed) {
        return submit(author, ip, recommendationId, text, proposed, null);
    }

    /**
     * A focal point reports on a recommendation assigned to its institution; {@code publicSummary} (optional)
     * is what the public portal may print once a validator approves the report, the report itself staying
     * internal.
     */
    public long submit(Principal author, String ip, long recommendationId, String text, Status proposed, String publicSummary) {
        return submit(author, ip, recommendationId, text, proposed, publicSummary, (h, id) -> { });
    }

    /** {@link #submit} with {@code alsoStore} run in the same transaction once the report has its id (its attachments). */
    long submit(Principal author, String ip, long recommendationId, String text, Status proposed, String publicSummary,
                 java.util.function.BiConsumer<org.jdbi.v3.core.Handle, Long> alsoStore) {
        Report report = Report.checked(text, publicSummary);
        long institution = institutionOf(author, Role.FOCAL_POINT);
        return jdbi.inTransaction(h -> {
            // A recommendation not assigned to the author's institution is one it does not see.
            if (!store.isAssigned(h, recommendationId, institution)) {
                throw new NotFound("recommendation " + recommendationId);
            }
            long id = store.insertReport(h, recommendationId, institution, author.username(), report.text(), proposed, report.summary());
            audit.record(h, AuditEvent.of(author.username(), "progress.submitted", "progress_report:" + id, ip)
                    .with("recommendation", Long.toString(recommendationId)).with("proposed_status", proposed.code()));
            alsoStore.accept(h, id);
            return id;
        });
    }

    /** A report's text and public summary, checked: the text required, both within their lengths. */
    record Report(String text, String summary) {
        static Report checked(String text, String publicSummary) {
            String clean = text == null ? "" : text.strip();
            if (clean.isEmpty() || clean.length() > MAX_TEXT) {
                throw new InvalidInput("text", clean.isEmpty() ? "error.required" : "error.too_long", MAX_TEXT);
            }
            String summary = publicSummary == null || publicSummary.isBlank() ? null : publicSummary.strip();
            if (summary != null && summary.length() > MAX_SUMMARY) {
                throw new InvalidInput("public_summary", "error.too_long", MAX_SUMMARY);
            }
            return new Report(clean, summary);
        }
    }

    /** The institution's validator approves (the status changes) or returns the report with a comment. */
    public void decide(Principal validator, String ip, long reportId, boolean approve, String comment) {
        long institution = institutionOf(validator, Role.VALIDATOR);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve && note == null) {
            throw new InvalidInput("comment", "error.tracker.return_needs_comment");
        }
        jdbi.useTransaction(h -> {
            ProgressReport r = store.report(h, reportId).orElseThrow(() -> new NotFound("progress report " + reportId));
            // Another institution's report is one this validator does not see.
            if (r.institutionId() != institution) {
                throw new NotFound("progress report " + reportId);
            }
            if (r.state() != ProgressReport.State.SUBMITTED) {
                throw new Conflict("report", "error.tracker.already_decided");
            }
            store.decide(h, reportId, approve ? ProgressReport.State.VALIDATED : ProgressReport.State.RETURNED, validator.username(), note);
            if (approve) {
                store.setStatus(h, r.recommendationId(), r.proposedStatus());
            }
            audit.record(h, AuditEvent.of(validator.username(), approve ? "progress.validated" : "progress.returned",
                    "progress_report:" + reportId, ip).with("recommendation", Long.toString(r.recommendationId())));
        });
    }

    /** Focal points and validators see only what is assigned to their institution; other roles see everything. */
    public boolean visibleTo(Principal p, long recommendationId) {
        if (!heldToInstitution(p)) {
            return true;
        }
        return p.institutionId() != null && jdbi.withHandle(h -> store.isAssigned(h, recommendationId, p.institutionId()));
    }

    /** The filter as {@code p} may apply it. */
    public RecommendationFilter forViewer(Principal p, RecommendationFilter f) {
        return heldToInstitution(p) ? f.within(p.institutionId() == null ? -1L : p.institutionId()) : f;
    }

    public static boolean heldToInstitution(Principal p) {
        return p.role() == Role.FOCAL_POINT || p.role() == Role.VALIDATOR;
    }

    /** The rows of an export, each with its institutions. */
    public List<RecommendationExport.Row> exportRows(Tracker tracker, RecommendationFilter filter) {
        List<TrackedRecommendation> found = tracker.find(filter);
        var institutions = tracker.store().institutionsOf(found.stream().map(TrackedRecommendation::id).toList());
        return found.stream().map(r -> new RecommendationExport.Row(r, institutions.getOrDefault(r.id(), List.of()))).toList();
    }

    public void recordExport(Principal who, String ip, String format, int rows) {
        audit.record(AuditEvent.of(who.username(), "recommendations.exported", "", ip)
                .with("format", format).with("rows", Integer.toString(rows)));
    }

    public List<String> institutionsOf(long recommendationId) {
        return store.institutionsOf(recommendationId);
    }

    public List<ProgressReport> reportsOf(long recommendationId) {
        return store.reportsOf(recommendationId);
    }

    /**
     * The reports a validator has to decide, oldest first, each with its recommendation's reference and text; none
     * for anyone else, since only an institution's validator decides its reports.
     */
    public List<ReportToDecide> toValidate(Principal p) {
        return deciding(p) ? store.withRecommendation(p.institutionId(), ProgressReport.State.SUBMITTED, false, SHOWN) : List.of();
    }

    public long toValidateCount(Principal p) {
        return deciding(p) ? store.count(p.institutionId(), ProgressReport.State.SUBMITTED, false) : 0;
    }

    /** A focal point's returned reports that no newer report of the institution has answered yet. */
    public List<ReportToDecide> toRework(Principal p) {
        return reworking(p) ? store.withRecommendation(p.institutionId(), ProgressReport.State.RETURNED, true, SHOWN) : List.of();
    }

    public long toReworkCount(Principal p) {
        return reworking(p) ? store.count(p.institutionId(), ProgressReport.State.RETURNED, true) : 0;
    }

    /** Whether {@code p} decides this report: the validator of its institution, while it waits. */
    public static boolean decides(Principal p, ProgressReport report) {
        return deciding(p) && p.institutionId() == report.institutionId() && report.state() == ProgressReport.State.SUBMITTED;
    }

    private static boolean deciding(Principal p) {
        return p.role() == Role.VALIDATOR && p.institutionId() != null;
    }

    private static boolean reworking(Principal p) {
        return p.role() == Role.FOCAL_POINT && p.institutionId() != null;
    }

    private static long institutionOf(Principal p, Role role) {
        if (p.role() != role || p.institutionId() == null) {
            throw new Forbidden(p.username() + " is not a " + role.code() + " of an institution");
        }
        return p.institutionId();
    }
}
