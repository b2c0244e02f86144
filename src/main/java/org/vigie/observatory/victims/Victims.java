package org.vigie.observatory.victims;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.errors.Faults;
import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;

/**
 * The victims of incidents, with their identities protected. Facts and a random pseudonym are for
 * everyone who may see the incident; identities, photos and consent only for the roles that see
 * identities, within the restricted view of sexual and gender-based violence ({@link IncidentGate}),
 * and an identity only when the victim consented to documentation. Every record, every reading of an
 * identity and every refused reading is in the audit trail; readings land in the same transaction.
 */
public final class Victims {
    private static final char[] PSEUDONYM = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int MAX_REASON = 200;
    private final Jdbi jdbi;
    private final AuditStore audit;
    private final VictimStore store = new VictimStore();
    private final IdentityVault vault;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final VictimChanges changes;

    public Victims(Jdbi jdbi, AuditStore audit, FieldCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.vault = new IdentityVault(cipher);
        this.clock = clock;
        this.changes = new VictimChanges(jdbi, audit, vault, clock);
    }

    /** Edits, consent changes and deletions of the victims recorded here. */
    public VictimChanges changes() {
        return changes;
    }

    /** The encrypted columns this capability owns, for {@code vigie keys rotate}. */
    public static List<EncryptedColumn> encryptedColumns() {
        return List.of(new EncryptedColumn(IdentityVault.TABLE, IdentityVault.COLUMN),
                new EncryptedColumn(IdentityVault.PHOTO_TABLE, IdentityVault.PHOTO_COLUMN));
    }

    /** Checks and stores a victim of {@code incidentId}, its identity encrypted; returns it as stored. */
    public Victim record(long incidentId, VictimDraft draft, Principal actor, String ip) {
        return record(incidentId, draft, actor, ip, new Faults());
    }

    /** As {@link #record(long, VictimDraft, Principal, String)}, refusing with the form's reading faults and every rule broken at once. */
    public Victim record(long incidentId, VictimDraft draft, Principal actor, String ip, Faults faults) {
        AgeGroup group = faults.check(() -> VictimChecks.ageGroup(draft));
        Identity identity = faults.check(() -> VictimChecks.identity(draft.identity()));
        Consent consent = faults.check(() -> VictimChecks.consent(draft.consent(), identity, LocalDate.now(clock)));
        faults.throwIfAny();
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, actor);
            if (!gate.admitsRecorder(actor)) {
                throw new Forbidden(actor.username() + " may not record victims of incident " + incidentId);
            }
            List<Long> acts = VictimChecks.acts(draft, store.actIds(h, incidentId));
            long id = store.nextVictimId(h);
            List<String> candidates = candidates(1);
            String pseudonym = pseudonyms(h, 1, candidates, store.taken(h, candidates)).get(0);
            Checked checked = new Checked(draft, group, identity, consent);
            VictimStore.NewVictim v = seal(id, incidentId, pseudonym, checked, acts);
            store.insertAll(h, List.of(v), actor.username());
            audit.record(h, recorded(v, actor.username(), ip));
            return store.byId(h, id).orElseThrow();
        });
    }

    /**
     * Checks and stores several victims of {@code incidentId} in one transaction (the caller's, if any), all or
     * nothing, in a fixed number of statements: as {@link #record} each, an error naming the victim
     * ({@code victims[1].age}). Returns their ids in the order of the drafts.
     */
    public List<Long> recordAll(long incidentId, List<VictimDraft> drafts, Principal actor, String ip) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, actor);
            if (!gate.admitsRecorder(actor)) {
                throw new Forbidden(actor.username() + " may not record victims of incident " + incidentId);
            }
            List<Long> actIds = store.actIds(h, incidentId);
            List<Checked> checked = check(drafts, actIds.size());
            List<Long> ids = store.nextVictimIds(h, checked.size());
            List<String> candidates = candidates(checked.size());
            List<String> pseudonyms = pseudonyms(h, checked.size(), candidates, store.taken(h, candidates));
            List<VictimStore.NewVictim> rows = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                List<Long> acts = checked.get(i).draft().actIndexes().stream().map(actIds::get).distinct().toList();
                VictimStore.NewVictim v = seal(ids.get(i), incidentId, pseudonyms.get(i), checked.get(i), acts);
                rows.add(v);
                events.add(recorded(v, actor.username(), ip));
            }
            store.insertAll(h, rows, actor.username());
            audit.recordAll(h, events);
            return ids;
        });
    }

    /** The victims of an incident as {@code viewer} may see them; not found outside what they may see. */
    public VictimList list(long incidentId, Principal viewer) {
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, viewer);
            List<Victim> all = store.ofIncident(h, incidentId);
            boolean identities = gate.showsIdentitiesTo(viewer);
            List<Victim> shown = identities ? all : all.stream().map(Victim::factsOnly).toList();
            return new VictimList(incidentId, gate.restricted(), all.size(), true, identities, gate.admitsRecorder(viewer), shown);
        });
    }

    /** One victim's facts, as {@code viewer} may see them; not found outside what they may see. */
    public Victim victim(long incidentId, long victimId, Principal viewer) {
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, viewer);
            Victim v = store.byId(h, victimId).filter(x -> x.incidentId() == incidentId)
                    .orElseThrow(() -> new NotFound("victim " + victimId));
            return gate.showsIdentitiesTo(viewer) ? v : v.factsOnly();
        });
    }

    /** How many victims each incident has: counts are for everyone who sees the incidents, restricted or not. */
    public java.util.Map<Long, Integer> counts(List<Long> incidentIds) {
        return jdbi.withHandle(h -> store.counts(h, incidentIds));
    }

    /** The acts of an incident in their order, as a form offers them (a draft's act indexes point into it). */
    public List<String> actTypes(long incidentId) {
        return jdbi.withHandle(h -> store.actTypes(h, incidentId));
    }

    /** The types of the acts {@code victim} suffered, in the incident's order. */
    public List<String> actTypesOf(Victim victim) {
        return jdbi.withHandle(h -> store.actTypesOf(h, victim.incidentId(), victim.actIds()));
    }

    /**
     * Decrypts a victim's identity for a role that sees identities, within the restricted view, when
     * the victim consented to documentation; the reading is audited in the same transaction, with the
     * reason given. Empty when no identity was recorded. A refused reading is audited too.
     *
     * @throws IdentityUnreadable when the stored ciphertext was altered or moved (audited)
     */
    public Optional<Identity> identity(long incidentId, long victimId, Principal reader, String ip, String reason) {
        return identity(incidentId, victimId, reader, ip, reason, ConsentUse.DOCUMENTATION);
    }

    /**
     * Decrypts a victim's identity to use it for {@code purpose} (to share it with judicial authorities,
     * a reparations programme or services): as {@link #identity(long, long, Principal, String, String)},
     * and refused, audited, unless the victim's consent in force allows that use too.
     */
    public Optional<Identity> identity(long incidentId, long victimId, Principal reader, String ip, String reason, ConsentUse purpose) {
        return read(incidentId, victimId, reader, ip, reason, purpose, "victim.identity.read", (h, s) ->
                s.identity() == null ? Optional.<Identity>empty() : Optional.of(vault.open(s.identity(), s.id(), s.pseudonym())));
    }

    /** The victim's photos, decrypted, under the same rules and audit as {@link #identity}. */
    public List<VictimPhoto> photos(long incidentId, long victimId, Principal reader, String ip, String reason) {
        return read(incidentId, victimId, reader, ip, reason, ConsentUse.DOCUMENTATION, "victim.photos.read", (h, s) -> {
            List<VictimPhoto> out = new ArrayList<>();
            for (VictimStore.SealedPhoto p : store.photos(h, s.id())) {
                out.add(new VictimPhoto(p.id(), p.contentType(), vault.openPhoto(p.content(), p.id(), s.pseudonym())));
            }
            return out;
        });
    }

    /** Adds a photo to a victim (JPEG, PNG or WebP by its first bytes, at most 5 MB), encrypted. */
    public long addPhoto(long incidentId, long victimId, byte[] content, Principal actor, String ip) {
        String type = VictimChecks.photoType(content);
        return jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, actor);
            VictimStore.Sealed s = sealedOf(h, incidentId, victimId);
            if (!gate.admitsRecorder(actor) || !gate.showsIdentitiesTo(actor)) {
                throw new Forbidden(actor.username() + " may not add photos to victim " + victimId);
            }
            if (!s.consent().allows(ConsentUse.DOCUMENTATION)) {
                throw new org.vigie.errors.InvalidInput("photo", "observatory.victim.identity_needs_consent");
            }
            long id = store.nextPhotoId(h);
            store.insertPhoto(h, id, victimId, type, content.length, vault.sealPhoto(content, id), actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "victim.photo.added", "victim:" + victimId, ip)
                    .with("photo", Long.toString(id)).with("type", type));
            return id;
        });
    }

    private interface Reading<T> {
        T open(Handle h, VictimStore.Sealed sealed);
    }

    private <T> T read(long incidentId, long victimId, Principal reader, String ip, String reason, ConsentUse purpose, String action,
                       Reading<T> reading) {
        String why = reason == null || reason.isBlank() ? "" : reason.strip();
        why = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
        String because = why;
        Object outcome = jdbi.inTransaction(h -> {
            IncidentGate gate = gate(h, incidentId, reader);
            VictimStore.Sealed s = sealedOf(h, incidentId, victimId);
            boolean consented = s.consent().allows(ConsentUse.DOCUMENTATION) && s.consent().allows(purpose);
            String refusal = !gate.showsIdentitiesTo(reader) ? "role" : !consented ? "consent" : null;
            AuditEvent event = AuditEvent.of(reader.username(), action, "victim:" + victimId, ip)
                    .with("pseudonym", s.pseudonym()).with("reason", because).with("purpose", VictimStore.code(purpose));
            if (refusal != null) {
                audit.record(h, AuditEvent.of(reader.username(), "victim.identity.refused", "victim:" + victimId, ip)
                        .with("pseudonym", s.pseudonym()).with("refused_for", refusal).with("purpose", VictimStore.code(purpose)));
                return new Forbidden(reader.username() + " may not read the identity of victim " + s.pseudonym() + " (" + refusal + ")");
            }
            try {
                T value = reading.open(h, s);
                audit.record(h, event);
                return new Result<>(value);
            } catch (IdentityUnreadable e) {
                audit.record(h, AuditEvent.of(reader.username(), "victim.identity.unreadable", "victim:" + victimId, ip)
                        .with("pseudonym", s.pseudonym()));
                return e;
            }
        });
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = ((Result<T>) outcome).value();
        return value;
    }

    private record Result<T>(T value) {
    }

    private IncidentGate gate(Handle h, long incidentId, Principal p) {
        IncidentGate gate = store.gate(h, incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
        gate.requireDetailsFor(p);
        return gate;
    }

    private VictimStore.Sealed sealedOf(Handle h, long incidentId, long victimId) {
        return store.sealed(h, victimId).filter(s -> s.incidentId() == incidentId)
                .orElseThrow(() -> new NotFound("victim " + victimId));
    }

    /** A victim's draft checked whole: its age group, its identity without blank fields (or none), its consent. */
    public record Checked(VictimDraft draft, AgeGroup group, Identity identity, Consent consent) {
    }

    /**
     * Checks the victims of an incident not yet stored, whose drafts point at its {@code actCount} acts; a failure
     * names the victim and the field ({@code victims[1].age}).
     */
    public List<Checked> check(List<VictimDraft> drafts, int actCount) {
        Faults faults = new Faults();
        List<Checked> out = check(drafts, actCount, faults);
        faults.throwIfAny();
        return out;
    }

    /**
     * As {@link #check(List, int)}, every fault of every victim kept in {@code faults} rather than the first
     * thrown: sex, age, identity, consent and acts are checked apart, so a form names them all at once.
     */
    public List<Checked> check(List<VictimDraft> drafts, int actCount, Faults faults) {
        List<Checked> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<Long> acts = java.util.stream.LongStream.range(0, actCount).boxed().toList();
        for (int i = 0; i < drafts.size(); i++) {
            VictimDraft d = drafts.get(i);
            String at = "victims[" + i + "].";
            AgeGroup[] group = new AgeGroup[1];
            Identity[] identity = new Identity[1];
            Consent[] consent = new Consent[1];
            faults.runUnder(at, () -> VictimChecks.sex(d));
            faults.runUnder(at, () -> group[0] = VictimChecks.group(d));
            faults.runUnder(at, () -> identity[0] = VictimChecks.identity(d.identity()));
            faults.runUnder(at, () -> consent[0] = VictimChecks.consent(d.consent(), identity[0], today));
            faults.runUnder(at, () -> VictimChecks.acts(d, acts));
            out.add(new Checked(d, group[0], identity[0], consent[0]));
        }
        return out;
    }

    /** Pseudonyms to propose for {@code n} victims: a few more than needed, so that one taken rarely costs a query. */
    public List<String> candidates(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n + 2; i++) {
            char[] code = new char[6];
            for (int k = 0; k < code.length; k++) {
                code[k] = PSEUDONYM[random.nextInt(PSEUDONYM.length)];
            }
            out.add("V-" + new String(code));
        }
        return out;
    }

    /** {@code n} distinct pseudonyms among {@code candidates} not {@code taken}, drawing and asking again in the rare case of too few. */
    public List<String> pseudonyms(Handle h, int n, List<String> candidates, Set<String> taken) {
        Set<String> chosen = new LinkedHashSet<>();
        List<String> offered = candidates;
        Set<String> refused = taken;
        while (true) {
            for (String c : offered) {
                if (chosen.size() < n && !refused.contains(c)) {
                    chosen.add(c);
                }
            }
            if (chosen.size() == n) {
                return new ArrayList<>(chosen);
            }
            offered = candidates(n - chosen.size());
            refused = store.taken(h, offered);
        }
    }

    /** The victim ready to insert, its identity encrypted under its id. */
    public VictimStore.NewVictim seal(long id, long incidentId, String pseudonym, Checked c, List<Long> actIds) {
        byte[] sealed = c.identity() == null ? null : vault.seal(c.identity(), id);
        return new VictimStore.NewVictim(id, incidentId, pseudonym, c.draft(), c.group(), sealed, c.consent(), actIds);
    }

    /** The audit entry of a victim recorded: never its identity, only whether one was encrypted. */
    public static AuditEvent recorded(VictimStore.NewVictim v, String actor, String ip) {
        return AuditEvent.of(actor, "victim.recorded", "victim:" + v.id(), ip)
                .with("incident", Long.toString(v.incidentId())).with("pseudonym", v.pseudonym())
                .with("identity", v.identity() == null ? "none" : "encrypted").with("consent", VictimStore.codes(v.consent().uses()));
    }

    public VictimStore store() {
        return store;
    }
}
