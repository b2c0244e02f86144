package org.vigie.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigie.accounts.Account;
import org.vigie.accounts.Accounts;
import org.vigie.audit.AuditQuery;
import org.vigie.audit.AuditStore;
import org.vigie.audit.Checkpoint;
import org.vigie.intake.IntakeVersions;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.IncidentSummary;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.incidents.PossibleDuplicate;
import org.vigie.observatory.incidents.Verification;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.followup.ReportToDecide;
import org.vigie.tracker.followup.TrackerAction;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.Tracker;
import org.vigie.web.Tasks;

/**
 * What waits for each role (issue 15, item 6): the focal point's actions due and returned reports, the validator's
 * reports to decide, the monitor's open incidents, the analyst's verification queue and possible duplicates, the
 * administrator's accounts and audit trail, the observer's summary. Each list comes from the service that decides
 * who may see it, with the viewer, never from a store.
 */
public final class Desk {
    static final int SHOWN = 20;

    /** An administrator's view of accounts and of the audit trail's health. */
    public record Administration(int accounts, int disabled, int withoutTwoFactor, long auditEntries, Checkpoint checkpoint) {
    }

    /** Counts an observer may read: incidents by verification status (restricted ones left out), recommendations by status. */
    public record Summary(Map<VerificationStatus, Long> incidents, Map<Status, Long> recommendations) {
    }

    /** One person's work; the parts their role has no use for are empty (or null). */
    public record Work(List<ReportToDecide> toValidate, List<ReportToDecide> returned, List<TrackerAction> due,
                       List<IncidentSummary> incidents, long incidentsWaiting, List<PossibleDuplicate> duplicates,
                       Administration administration, Summary summary, LocalDate today, List<IntakeVersions.Pending> versions,
                       long versionsWaiting) {
        static Work none(LocalDate today) {
            return new Work(List.of(), List.of(), List.of(), List.of(), 0, List.of(), null, null, today, List.of(), 0);
        }

        Work withReports(List<ReportToDecide> toDecide, List<ReportToDecide> toRework, List<TrackerAction> dueSoon) {
            return new Work(toDecide, toRework, dueSoon, incidents, incidentsWaiting, duplicates, administration, summary, today, versions, versionsWaiting);
        }

        Work withIncidents(List<IncidentSummary> shown, long waiting, List<PossibleDuplicate> pairs) {
            return new Work(toValidate, returned, due, shown, waiting, pairs, administration, summary, today, versions, versionsWaiting);
        }

        Work withAdministration(Administration a) {
            return new Work(toValidate, returned, due, incidents, incidentsWaiting, duplicates, a, summary, today, versions, versionsWaiting);
        }

        /** Re-sent field records waiting for an analyst to reconcile them (issue 17). */
        Work withVersions(List<IntakeVersions.Pending> pending, long waiting) {
            return new Work(toValidate, returned, due, incidents, incidentsWaiting, duplicates, administration, summary, today, pending, waiting);
        }

        Work withSummary(Summary s) {
            return new Work(toValidate, returned, due, incidents, incidentsWaiting, duplicates, administration, s, today, versions, versionsWaiting);
        }
    }

    private final FollowUp followUp;
    private final Actions actions;
    private final Tracker tracker;
    private final Observatory observatory;
    private final Verification verification;
    private final Accounts accounts;
    private final AuditStore audit;
    private final IntakeVersions versions;

    public Desk(FollowUp followUp, Actions actions, Tracker tracker, Observatory observatory, Verification verification,
                Accounts accounts, AuditStore audit, IntakeVersions versions) {
        this.followUp = followUp;
        this.actions = actions;
        this.tracker = tracker;
        this.observatory = observatory;
        this.verification = verification;
        this.accounts = accounts;
        this.audit = audit;
        this.versions = versions;
    }

    /** What waits for {@code p}, read as their role may see it. */
    public Work workOf(Principal p) {
        Work none = Work.none(actions.today());
        return switch (p.role()) {
            case FOCAL_POINT -> none.withReports(List.of(), followUp.toRework(p), actions.dueOrOverdue(p));
            case VALIDATOR -> none.withReports(followUp.toValidate(p), List.of(), List.of());
            case MONITOR -> none.withIncidents(observatory.openRecordedBy(p, SHOWN), observatory.countOpenRecordedBy(p), List.of());
            case ANALYST -> none.withIncidents(observatory.verificationQueue(p, SHOWN), observatory.countVerificationQueue(p),
                    verification.possibleDuplicates(p, SHOWN)).withVersions(versions.pending(p, SHOWN), versions.countPending(p));
            case ADMINISTRATOR -> none.withAdministration(administration());
            case OBSERVER -> none.withSummary(summary());
        };
    }

    /** The counts of the navigation: cheap, asked on every page. */
    public List<Tasks.Task> tasks(Principal p) {
        List<Tasks.Task> out = new ArrayList<>(1);
        switch (p.role()) {
            case VALIDATOR -> out.add(new Tasks.Task("/tracker/to-validate", "nav.task.to_validate", followUp.toValidateCount(p)));
            case FOCAL_POINT -> out.add(new Tasks.Task("/#returned", "nav.task.to_rework", followUp.toReworkCount(p)));
            case ANALYST -> out.add(new Tasks.Task("/#queue", "nav.task.to_verify", observatory.countVerificationQueue(p)));
            case MONITOR -> out.add(new Tasks.Task("/#incidents", "nav.task.my_incidents", observatory.countOpenRecordedBy(p)));
            default -> {
            }
        }
        return out;
    }

    private Administration administration() {
        List<Account> all = accounts.all();
        int disabled = (int) all.stream().filter(Account::disabled).count();
        int weak = (int) all.stream().filter(a -> !a.disabled() && !a.twoFactor()).count();
        long entries = audit.count(new AuditQuery(null, null, null, null, null, 0, 1));
        return new Administration(all.size(), disabled, weak, entries, audit.latestCheckpoint().orElse(null));
    }

    private Summary summary() {
        Map<VerificationStatus, Long> incidents = new EnumMap<>(VerificationStatus.class);
        for (VerificationStatus s : VerificationStatus.values()) {
            incidents.put(s, observatory.count(new IncidentFilter(null, null, null, null, null, s, null, false, null, null, 1)));
        }
        Map<Status, Long> recommendations = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            recommendations.put(s, tracker.count(RecommendationFilter.parse(Map.of("status", s.code())::get, 0, 1)));
        }
        return new Summary(incidents, recommendations);
    }
}
