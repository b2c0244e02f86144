package org.vigie.observatory.incidents;

import java.util.ArrayList;
import java.util.List;
import org.vigie.audit.AuditEvent;
import org.vigie.errors.Faults;
import org.vigie.errors.Forbidden;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.victims.VictimStore;
import org.vigie.observatory.victims.Victims;
import org.vigie.security.Principal;

/**
 * Records an incident together with its victims, as a monitor does in the field: one transaction, all or
 * nothing. Everything is checked before the transaction opens (an error names the victim and the field,
 * {@code victims[1].age}); inside it, ids and pseudonyms are drawn in one statement, each table is written by
 * one batch, the audit entries (the incident's and each victim's) by one more, and nothing is read back.
 * The rules are those of {@link Observatory#record} and {@link Victims#record}: who records victims
 * ({@link IncidentGate}), an identity only with consent to documentation, pseudonyms unique for ever.
 */
public final class IncidentRecorder {

    /** What was recorded: the incident and its victims' pseudonyms, in the order of the drafts. */
    public record Recorded(long id, String reference, List<Long> victimIds, List<String> pseudonyms) {
        public Recorded {
            victimIds = List.copyOf(victimIds);
            pseudonyms = List.copyOf(pseudonyms);
        }
    }

    /**
     * An incident recorded in a transaction its caller continues (more rows in the same transaction): the
     * search index is written by {@link #index()}, to be called once that transaction has committed, so that
     * a rollback leaves no document in the index for an incident that does not exist.
     */
    public record Staged(Recorded recorded, Runnable indexer) {
        public void index() {
            indexer.run();
        }
    }

    private final Observatory observatory;
    private final Victims victims;

    public IncidentRecorder(Observatory observatory, Victims victims) {
        this.observatory = observatory;
        this.victims = victims;
    }

    /**
     * Checks and stores an incident with its acts, perpetrators, sources and victims (facts, encrypted identity,
     * consent), audited in the same transaction, then indexes the incident for search.
     *
     * @throws org.vigie.errors.InvalidInput naming the first field in error; nothing is written
     * @throws Forbidden when the actor's role does not record victims
     */
    public Recorded record(IncidentDraft draft, List<VictimDraft> victimDrafts, Principal actor, String ip) {
        return record(draft, victimDrafts, actor, ip, new Faults());
    }

    /**
     * As {@link #record(IncidentDraft, List, Principal, String)}, after the faults found while reading the form:
     * those and every rule the incident and its victims break are refused together ({@link Faults#throwIfAny}).
     */
    public Recorded record(IncidentDraft draft, List<VictimDraft> victimDrafts, Principal actor, String ip, Faults faults) {
        Staged staged = stage(draft, victimDrafts, actor, ip, faults);
        staged.index();
        return staged.recorded();
    }

    /**
     * As {@link #record(IncidentDraft, List, Principal, String, Faults)}, joining the transaction open on this
     * thread if there is one (JDBI hands nested calls the same handle), without writing the search index: the
     * caller calls {@link Staged#index()} after its transaction commits.
     */
    public Staged stage(IncidentDraft draft, List<VictimDraft> victimDrafts, Principal actor, String ip, Faults faults) {
        observatory.check(draft, faults);
        List<Victims.Checked> checked = victims.check(victimDrafts, draft.acts().size(), faults);
        faults.throwIfAny();
        boolean restricted = observatory.restricted(draft);
        // The recorder of a new incident is in its restricted view: only the role decides.
        if (!checked.isEmpty() && !new IncidentGate(0, restricted, actor.username()).admitsRecorder(actor)) {
            throw new Forbidden(actor.username() + " may not record victims");
        }
        List<String> candidates = victims.candidates(checked.size());
        String by = actor.username();
        Done done = observatory.store().jdbi().inTransaction(h -> {
            observatory.refuseKnown(h, draft);
            VictimStore.Reservation ids = victims.store().reserve(h, draft.acts().size(), checked.size(), candidates);
            Observatory.Written written = observatory.write(h, draft, restricted, ids.incidentId(), ids.actIds(), by, ip);
            List<String> pseudonyms = victims.pseudonyms(h, checked.size(), candidates, ids.taken());
            List<VictimStore.NewVictim> rows = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>(List.of(written.audit()));
            for (int i = 0; i < checked.size(); i++) {
                List<Long> acts = checked.get(i).draft().actIndexes().stream().map(ids.actIds()::get).distinct().toList();
                VictimStore.NewVictim v = victims.seal(ids.victimIds().get(i), ids.incidentId(), pseudonyms.get(i), checked.get(i), acts);
                rows.add(v);
                events.add(Victims.recorded(v, by, ip));
            }
            victims.store().insertAll(h, rows, by);
            observatory.audit().recordAll(h, events);
            return new Done(written, new Recorded(ids.incidentId(), written.incident().reference(), ids.victimIds(), pseudonyms));
        });
        return new Staged(done.recorded(), () -> observatory.index(done.written()));
    }

    private record Done(Observatory.Written written, Recorded recorded) {
    }
}
