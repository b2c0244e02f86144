package org.vigie.tracker.followup;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.Institution;
import org.vigie.accounts.InstitutionStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.StatusCounts;
import org.vigie.tracker.recommendations.TrackedRecommendation;
import org.vigie.tracker.recommendations.Tracker;

/**
 * The tracker seen from above: an institution's dashboard (what is assigned to it, by status, reports
 * waiting or returned, actions overdue) and recommendations clustered by theme and by institution.
 * Focal points and validators see their own institution only.
 */
public final class Dashboards {
    /** One institution's dashboard; {@code waiting} is {@code pending} with each recommendation's reference and text. */
    public record InstitutionView(Institution institution, StatusCounts counts, List<TrackedRecommendation> assigned,
                                  List<ProgressReport> pending, List<ProgressReport> returned, List<TrackerAction> overdue,
                                  List<ReportToDecide> waiting) {
    }

    static final int SHOWN = 50;
    private final DashboardStore store;
    private final FollowUpStore followUpStore;
    private final InstitutionStore institutions;
    private final Tracker tracker;
    private final Actions actions;

    public Dashboards(Jdbi jdbi, InstitutionStore institutions, Tracker tracker, Actions actions) {
        this.store = new DashboardStore(jdbi);
        this.followUpStore = new FollowUpStore(jdbi);
        this.institutions = institutions;
        this.tracker = tracker;
        this.actions = actions;
    }

    /** Every institution with its assigned recommendations by status (only the viewer's own for focal points and validators). */
    public List<StatusCounts> byInstitution(Principal viewer) {
        return store.byInstitution(scope(viewer));
    }

    /** Recommendations clustered by theme, by status, within what the viewer may see. */
    public List<StatusCounts> byTheme(Principal viewer) {
        return store.byTheme(scope(viewer));
    }

    public InstitutionView institution(Principal viewer, String code) {
        Institution inst = institutions.byCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFound("institution " + code));
        if (FollowUp.heldToInstitution(viewer) && !Long.valueOf(inst.id()).equals(viewer.institutionId())) {
            throw new Forbidden("dashboard of another institution");
        }
        StatusCounts counts = store.byInstitution(inst.id()).stream().findFirst()
                .orElse(new StatusCounts(inst.code(), Map.of()));
        RecommendationFilter assigned = RecommendationFilter.parse(Map.of("institution", inst.code())::get, 0, SHOWN);
        return new InstitutionView(inst, counts, tracker.find(assigned),
                store.reports(inst.id(), ProgressReport.State.SUBMITTED, SHOWN),
                store.reports(inst.id(), ProgressReport.State.RETURNED, SHOWN), actions.overdue(inst.id()),
                followUpStore.withRecommendation(inst.id(), ProgressReport.State.SUBMITTED, false, SHOWN));
    }

    public java.time.LocalDate today() {
        return actions.today();
    }

    private static Long scope(Principal viewer) {
        return FollowUp.heldToInstitution(viewer) ? (viewer.institutionId() == null ? -1L : viewer.institutionId()) : null;
    }
}
