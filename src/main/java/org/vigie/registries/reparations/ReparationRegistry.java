package org.vigie.registries.reparations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Conflict;
import org.vigie.errors.Faults;
import org.vigie.errors.NotFound;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;
import org.vigie.registries.Link;
import org.vigie.registries.LinkSearch;
import org.vigie.registries.LinkStore;
import org.vigie.registries.RegistryAccess;
import org.vigie.registries.proceedings.ProceedingRegistry;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchIndex;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The registry of reparation claims (OP16): a claimant known by a pseudonym only, the harm, the
 * programme, the measures and where the claim stands. Administrators, analysts and monitors record
 * and follow claims; observers read them; institutions' focal points and validators do not see them.
 */
public final class ReparationRegistry {
    public static final String KIND = "reparation-claim";
    /** Who reads claims: everyone but the roles that act for an institution. */
    public static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.OBSERVER);
    private final Jdbi jdbi;
    private final ClaimStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final LinkStore links;
    private final Clock clock;

    public ReparationRegistry(Jdbi jdbi, AuditStore audit, SearchIndex search, LinkStore links, Clock clock) {
        this.jdbi = jdbi;
        this.store = new ClaimStore(jdbi);
        this.audit = audit;
        this.search = search;
        this.links = links;
        this.clock = clock;
    }

    public long submit(Principal actor, String ip, Input in) {
        RegistryAccess.requireEditor(actor);
        NewClaim c = NewClaim.from(in, LocalDate.now(clock));
        long id = jdbi.inTransaction(h -> {
            if (store.pseudonymTaken(h, c.pseudonym().value())) {
                throw new Conflict("pseudonym", "registries.pseudonym.taken", c.pseudonym().value());
            }
            long created = store.insert(h, c, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "reparation.submitted", "reparation_claim:" + created, ip)
                    .with("programme", c.programme().code()));
            return created;
        });
        index(id);
        return id;
    }

    /** Moves a claim to another status; a grant may set the amount awarded. */
    public void changeStatus(Principal actor, String ip, long id, Input in) {
        RegistryAccess.requireEditor(actor);
        Faults faults = new Faults();
        ClaimStatus next = faults.check(() -> Coded.parse(ClaimStatus.class, "status", in.one("status")));
        LocalDate on = faults.check(() -> Fields.requiredDate("status_on", in.one("status_on"), LocalDate.now(clock)));
        String note = faults.check(() -> Fields.optional("note", in.one("note"), ProceedingRegistry.MAX_NOTE));
        Long amount = faults.check(() -> NewClaim.amount(in.one("amount_xof")));
        faults.throwIfAny();
        jdbi.useTransaction(h -> {
            Claim c = store.byId(h, id).orElseThrow(() -> new NotFound("reparation claim " + id));
            NewClaim.checkAmount(amount, c.measures());
            store.setStatus(h, id, c.moveTo(next, on), on, amount);
            store.insertStatus(h, id, next, on, note, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "reparation.status", "reparation_claim:" + id, ip)
                    .with("from", c.status().code()).with("to", next.code()).with("on", on.toString()));
        });
        index(id);
    }

    public void linkIncident(Principal actor, String ip, long id, Input in) {
        RegistryAccess.requireEditor(actor);
        long incident = links.requireIncident(actor, in.one("incident"));
        jdbi.useTransaction(h -> {
            store.byId(h, id).orElseThrow(() -> new NotFound("reparation claim " + id));
            if (store.linkIncident(h, id, incident, actor.username())) {
                audit.record(h, AuditEvent.of(actor.username(), "reparation.linked", "reparation_claim:" + id, ip)
                        .with("incident", Long.toString(incident)));
            }
        });
    }

    /** What {@code editor} may mean by {@code q} in the claim's incident link field. */
    public LinkSearch linkSearch(Principal editor, long id, String q) {
        byId(id);
        return links.search(editor, "incident", q, null, "incident");
    }

    public Claim byId(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("reparation claim " + id));
    }

    public List<StatusChange> history(long id) {
        return store.history(id);
    }

    /** The incidents linked to this entry that {@code viewer} may see. */
    public List<Link> incidentsOf(Principal viewer, long id) {
        return links.visibleIncidents(viewer, store.incidentsOf(id));
    }

    public List<Claim> find(ClaimFilter f) {
        return store.find(f);
    }

    public long count(ClaimFilter f) {
        return store.count(f);
    }

    public void forEachDocument(java.util.function.Consumer<SearchDocument> sink) {
        store.forEach(c -> sink.accept(document(c)));
    }

    private void index(long id) {
        store.byId(id).ifPresent(c -> search.index(document(c)));
    }

    /** Pseudonym, programme, harm categories and status: the free text of the harm may identify, so it stays out. */
    static SearchDocument document(Claim c) {
        String harms = c.harmClasses().stream().map(x -> x.label().french() + " " + x.label().english()).collect(Collectors.joining(" "));
        String body = String.join(" ", harms, c.programme().label().french(), c.programme().label().english(),
                c.status().label().french(), c.status().label().english());
        return new SearchDocument(KIND, Long.toString(c.id()), c.pseudonym() + " · " + c.programme().label().french(), body, null,
                "/registries/reparations/" + c.id(), READERS, null, c.createdAt());
    }
}
