package org.vigie.tracker.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.Institution;
import org.vigie.accounts.InstitutionStore;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;

/**
 * Actions and indicators of a recommendation. Administrators and analysts add and edit them anywhere;
 * a focal point only on a recommendation assigned to its institution. Every change is audited in its transaction.
 */
public final class Actions {
    /** How far ahead an action counts as due soon. */
    public static final int DUE_SOON_DAYS = 30;
    private final Jdbi jdbi;
    private final ActionStore store;
    private final FollowUpStore followUp;
    private final InstitutionStore institutions;
    private final AuditStore audit;
    private final Clock clock;

    public Actions(Jdbi jdbi, AuditStore audit, InstitutionStore institutions, Clock clock) {
        this.jdbi = jdbi;
        this.store = new ActionStore(jdbi);
        this.followUp = new FollowUpStore(jdbi);
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    public long addAction(Principal actor, String ip, long recommendationId, ActionDraft d) {
        requireEditor(actor, recommendationId);
        long owner = ownerFor(actor, d);
        return jdbi.inTransaction(h -> {
            long id = store.insertAction(h, recommendationId, owner, d, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "action.added", "tracker_action:" + id, ip)
                    .with("recommendation", Long.toString(recommendationId)).with("state", d.state().code()));
            return id;
        });
    }

    public void updateAction(Principal actor, String ip, long actionId, ActionDraft d) {
        TrackerAction a = action(actionId);
        requireEditor(actor, a.recommendationId());
        if (FollowUp.heldToInstitution(actor) && !Objects.equals(actor.institutionId(), a.institutionId())) {
            throw new NotFound("action " + actionId);
        }
        long owner = ownerFor(actor, d);
        jdbi.useTransaction(h -> {
            store.updateAction(h, actionId, owner, d, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "action.updated", "tracker_action:" + actionId, ip)
                    .with("recommendation", Long.toString(a.recommendationId())).with("state", d.state().code()));
        });
    }

    public long addIndicator(Principal actor, String ip, long recommendationId, IndicatorDraft d) {
        requireEditor(actor, recommendationId);
        return jdbi.inTransaction(h -> {
            long id = store.insertIndicator(h, recommendationId, d, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "indicator.added", "tracker_indicator:" + id, ip)
                    .with("recommendation", Long.toString(recommendationId)));
            return id;
        });
    }

    public void updateIndicator(Principal actor, String ip, long indicatorId, IndicatorDraft d) {
        long recommendationId = recommendationOf(indicatorId);
        requireEditor(actor, recommendationId);
        jdbi.useTransaction(h -> {
            store.updateIndicator(h, indicatorId, d, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "indicator.updated", "tracker_indicator:" + indicatorId, ip)
                    .with("recommendation", Long.toString(recommendationId)));
        });
    }

    public void recordValue(Principal actor, String ip, long indicatorId, Measurement m) {
        long recommendationId = recommendationOf(indicatorId);
        requireEditor(actor, recommendationId);
        jdbi.useTransaction(h -> {
            store.recordValue(h, indicatorId, m);
            audit.record(h, AuditEvent.of(actor.username(), "indicator.value_recorded", "tracker_indicator:" + indicatorId, ip)
                    .with("measured_on", m.measuredOn().toString()).with("value", m.value().toPlainString()));
        });
    }

    public List<TrackerAction> actionsOf(long recommendationId) {
        return store.actionsOf(recommendationId);
    }

    public List<Indicator> indicatorsOf(long recommendationId) {
        return store.indicatorsOf(recommendationId);
    }

    /** Whether {@code p} may add or edit actions and indicators of this recommendation. */
    public boolean mayEdit(Principal p, long recommendationId) {
        return switch (p.role()) {
            case ADMINISTRATOR, ANALYST -> true;
            case FOCAL_POINT -> p.institutionId() != null
                    && jdbi.withHandle(h -> followUp.isAssigned(h, recommendationId, p.institutionId()));
            default -> false;
        };
    }

    /** An institution's open actions past their due date. */
    public List<TrackerAction> overdue(long institutionId) {
        return store.openDueBefore(today(), institutionId, null);
    }

    /**
     * Open actions due within {@link #DUE_SOON_DAYS} days or overdue, within what {@code viewer} may see
     * (for focal points and validators: those of recommendations assigned to their institution).
     */
    public List<TrackerAction> dueOrOverdue(Principal viewer) {
        Long scope = FollowUp.heldToInstitution(viewer) ? (viewer.institutionId() == null ? -1L : viewer.institutionId()) : null;
        return store.openDueBefore(today().plusDays(DUE_SOON_DAYS + 1L), null, scope);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Refuses a change to the actions and indicators of a recommendation: one that a focal point or validator
     * may not see (not assigned to their institution) is not found, as a missing one would be.
     */
    /** Refuses, as {@link NotFound} or {@link Forbidden}, one who may not edit this recommendation's actions. */
    public void requireEditor(Principal p, long recommendationId) {
        if (FollowUp.heldToInstitution(p) && (p.institutionId() == null
                || !jdbi.withHandle(h -> followUp.isAssigned(h, recommendationId, p.institutionId())))) {
            throw new NotFound("recommendation " + recommendationId);
        }
        if (!mayEdit(p, recommendationId)) {
            throw new Forbidden(p.username() + " may not edit the actions of recommendation " + recommendationId);
        }
    }

    /** The action, or NotFound. */
    public TrackerAction action(long actionId) {
        return store.action(actionId).orElseThrow(() -> new NotFound("action " + actionId));
    }

    /** The recommendation an indicator measures, or NotFound. */
    public long recommendationOf(long indicatorId) {
        return store.recommendationOfIndicator(indicatorId).orElseThrow(() -> new NotFound("indicator " + indicatorId));
    }

    /**
     * The institution that is to own the action: any for administrators and analysts; a focal point acts only
     * within its own institution, on creation and on every update (it cannot hand an action to another).
     */
    private long ownerFor(Principal actor, ActionDraft d) {
        long owner = institution(d.institutionCode()).id();
        if (FollowUp.heldToInstitution(actor) && !Objects.equals(actor.institutionId(), owner)) {
            throw new Forbidden(actor.username() + " acts only for its own institution, not " + d.institutionCode());
        }
        return owner;
    }

    private Institution institution(String code) {
        return institutions.byCode(code).orElseThrow(() -> new InvalidInput("institution", "error.institution.unknown", code));
    }
}
