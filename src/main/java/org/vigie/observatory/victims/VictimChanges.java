package org.vigie.observatory.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;

/**
 * What happens to a victim after it is recorded: its facts or identity corrected, its consent narrowed,
 * widened or withdrawn, the victim deleted. Who may do what is {@link IncidentGate}'s. Each change is
 * audited in its own transaction, naming the fields changed but never their values; an identity is
 * re-encrypted bound to its row; withdrawing consent to documentation erases the identity and photos at
 * once, and deleting a victim erases them with it and retires its pseudonym for ever.
 */
public final class VictimChanges {
    private final Jdbi jdbi;
    private final AuditStore audit;
    private final VictimStore victims = new VictimStore();
    private final VictimChangeStore store = new VictimChangeStore();
    private final IdentityVault vault;
    private final Clock clock;

    VictimChanges(Jdbi jdbi, AuditStore audit, IdentityVault vault, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Corrects a victim's facts (sex, age, age group, categories, acts suffered) under the checks of
     * recording; the draft's identity and consent are ignored. Returns the victim as stored.
     */
    public Victim edit(long incidentId, long victimId, VictimDraft draft, Principal actor, String ip) {
        AgeGroup group = VictimChecks.ageGroup(draft);
        return jdbi.inTransaction(h -> {
            editFacts(h, editable(h, incidentId, victimId, actor), draft, group, actor, ip);
            return victims.byId(h, victimId).orElseThrow();
        });
    }

    /** Corrects the facts and replaces the identity with the draft's (null or all blank erases it), in one transaction. */
    public Victim editWithIdentity(long incidentId, long victimId, VictimDraft draft, Principal actor, String ip) {
        AgeGroup group = VictimChecks.ageGroup(draft);
        Identity identity = VictimChecks.identity(draft.identity());
        return jdbi.inTransaction(h -> {
            VictimChangeStore.Current c = editable(h, incidentId, victimId, actor);
            editFacts(h, c, draft, group, actor, ip);
            replaceIdentity(h, c, identity, actor, ip);
            return victims.byId(h, victimId).orElseThrow();
        });
    }

    /**
     * Replaces a victim's identity, re-encrypted bound to its row; an identity with every field blank
     * erases it. A new identity needs the victim's consent to documentation.
     */
    public Victim changeIdentity(long incidentId, long victimId, Identity identity, Principal actor, String ip) {
        Identity clean = VictimChecks.identity(identity);
        return jdbi.inTransaction(h -> {
            replaceIdentity(h, editable(h, incidentId, victimId, actor), clean, actor, ip);
            return victims.byId(h, victimId).orElseThrow();
        });
    }

    /** Removes one photo of a victim, its ciphertext with it; audited. */
    public void removePhoto(long incidentId, long victimId, long photoId, Principal actor, String ip) {
        jdbi.useTransaction(h -> {
            VictimChangeStore.Current c = editable(h, incidentId, victimId, actor);
            if (!store.erasePhoto(h, victimId, photoId)) {
                throw new NotFound("photo " + photoId + " of victim " + victimId);
            }
            audit.record(h, AuditEvent.of(actor.username(), "victim.photo.removed", "victim:" + victimId, ip)
                    .with("pseudonym", c.pseudonym()).with("photo", Long.toString(photoId)));
        });
    }

    /** What {@code p} may do to this victim, for pages to offer only that; the changes check again. */
    public Permissions permissions(long incidentId, long victimId, Principal p) {
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, p);
            VictimChangeStore.Current c = current(h, incidentId, victimId);
            return new Permissions(gate.admitsEditor(p, c.createdBy()), gate.admitsEraser(p, c.createdBy(), c.incidentVerified()));
        });
    }

    /** What a person may do to one victim. */
    public record Permissions(boolean edit, boolean delete) {
    }

    /** The ids of the incident's acts in their order: a draft's act indexes point into it. */
    public List<Long> actIds(long incidentId) {
        return jdbi.withHandle(h -> victims.actIds(h, incidentId));
    }

    private void editFacts(Handle h, VictimChangeStore.Current c, VictimDraft draft, AgeGroup group, Principal actor, String ip) {
        List<Long> acts = VictimChecks.acts(draft, victims.actIds(h, c.incidentId()));
        Victim before = victims.byId(h, c.id()).orElseThrow();
        store.updateFacts(h, c.id(), draft, group, acts);
        audit.record(h, AuditEvent.of(actor.username(), "victim.edited", "victim:" + c.id(), ip)
                .with("pseudonym", c.pseudonym()).with("changed", VictimDiff.facts(before, draft, group, acts)));
    }

    private void replaceIdentity(Handle h, VictimChangeStore.Current c, Identity clean, Principal actor, String ip) {
        if (clean != null && !c.consent().allows(ConsentUse.DOCUMENTATION)) {
            throw new InvalidInput("consent", "observatory.victim.identity_needs_consent");
        }
        String changed = VictimDiff.identity(before(c), clean);
        store.updateIdentity(h, c.id(), clean == null ? null : vault.seal(clean, c.id()));
        audit.record(h, AuditEvent.of(actor.username(), "victim.identity.changed", "victim:" + c.id(), ip)
                .with("pseudonym", c.pseudonym()).with("changed", changed)
                .with("identity", clean == null ? "erased" : "encrypted"));
    }

    /**
     * Puts a new consent in force: what the victim now allows (none to withdraw it), when and by whom it
     * was expressed. Without consent to documentation the identity and the photos are erased in the same
     * transaction, the pseudonymous facts kept. Every check reads the consent in force, so the change
     * holds at once everywhere.
     */
    public Victim changeConsent(long incidentId, long victimId, Consent consent, Principal actor, String ip) {
        Consent checked = VictimChecks.consentChange(consent, LocalDate.now(clock));
        return jdbi.inTransaction(h -> {
            VictimChangeStore.Current c = editable(h, incidentId, victimId, actor);
            boolean erase = !checked.allows(ConsentUse.DOCUMENTATION) && (c.identity() != null || c.photos() > 0);
            if (erase) {
                store.updateIdentity(h, victimId, null);
                store.erasePhotos(h, victimId);
            }
            store.changeConsent(h, victimId, checked, erase, actor.username());
            Set<ConsentUse> withdrawn = EnumSet.noneOf(ConsentUse.class);
            withdrawn.addAll(c.consent().uses());
            withdrawn.removeAll(checked.uses());
            audit.record(h, AuditEvent.of(actor.username(), "victim.consent.changed", "victim:" + victimId, ip)
                    .with("pseudonym", c.pseudonym()).with("consent", VictimStore.codes(checked.uses()))
                    .with("withdrawn", VictimStore.codes(withdrawn)).with("expressed_by", checked.givenBy())
                    .with("identity_erased", Boolean.toString(erase)));
            return victims.byId(h, victimId).orElseThrow();
        });
    }

    /** The victim's consents, oldest first, for those who may see its consent. */
    public List<ConsentChange> consentHistory(long incidentId, long victimId, Principal viewer) {
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, viewer);
            victims.sealed(h, victimId).filter(s -> s.incidentId() == incidentId).orElseThrow(() -> new NotFound("victim " + victimId));
            if (!gate.showsIdentitiesTo(viewer)) {
                throw new Forbidden(viewer.username() + " may not see the consent of victim " + victimId);
            }
            return store.consentHistory(h, victimId);
        });
    }

    /**
     * Deletes a victim: its row, its encrypted identity and photos, the acts it suffered and its consent
     * history. The pseudonym is retired, never drawn again. Returns the pseudonym deleted.
     */
    public String delete(long incidentId, long victimId, Principal actor, String ip) {
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, actor);
            VictimChangeStore.Current c = current(h, incidentId, victimId);
            if (!gate.admitsEraser(actor, c.createdBy(), c.incidentVerified())) {
                throw new Forbidden(actor.username() + " may not delete victim " + c.pseudonym());
            }
            store.delete(h, victimId, c.pseudonym());
            audit.record(h, AuditEvent.of(actor.username(), "victim.deleted", "victim:" + victimId, ip)
                    .with("pseudonym", c.pseudonym()).with("incident", Long.toString(incidentId))
                    .with("identity", c.identity() == null ? "none" : "erased").with("photos_erased", Integer.toString(c.photos())));
            return c.pseudonym();
        });
    }

    /** The identity before a change; one that does not decrypt counts as different in every field. */
    private Identity before(VictimChangeStore.Current c) {
        if (c.identity() == null) {
            return null;
        }
        try {
            return vault.open(c.identity(), c.id(), c.pseudonym());
        } catch (IdentityUnreadable e) {
            return VictimDiff.UNREADABLE;
        }
    }

    private VictimChangeStore.Current editable(Handle h, long incidentId, long victimId, Principal actor) {
        IncidentGate gate = gate(h, incidentId, actor);
        VictimChangeStore.Current c = current(h, incidentId, victimId);
        if (!gate.admitsEditor(actor, c.createdBy())) {
            throw new Forbidden(actor.username() + " may not change victim " + c.pseudonym());
        }
        return c;
    }

    private VictimChangeStore.Current current(Handle h, long incidentId, long victimId) {
        return store.current(h, victimId).filter(c -> c.incidentId() == incidentId).orElseThrow(() -> new NotFound("victim " + victimId));
    }

    private IncidentGate gate(Handle h, long incidentId, Principal p) {
        IncidentGate gate = victims.gate(h, incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
        gate.requireDetailsFor(p);
        return gate;
    }
}
