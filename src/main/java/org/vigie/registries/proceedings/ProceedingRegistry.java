package org.vigie.registries.proceedings;

import java.time.Clock;
import java.time.LocalDate;
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
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchIndex;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The registry of judicial proceedings (OP4, OP13, OP15): cases against alleged perpetrators, their
 * stages and the incidents they concern. Editors record them; the Ministry of Justice's focal points
 * and validators follow their stages. Suspects are counted by category for everyone who reads the
 * registry; their names, if recorded, only for administrators and analysts.
 */
public final class ProceedingRegistry {
    public static final String KIND = "proceeding";
    public static final int MAX_NOTE = 2000;
    private final Jdbi jdbi;
    private final ProceedingStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final RegistryAccess access;
    private final LinkStore links;
    private final Clock clock;

    public ProceedingRegistry(Jdbi jdbi, ProceedingStore store, AuditStore audit, SearchIndex search, RegistryAccess access, LinkStore links,
                       Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.audit = audit;
        this.search = search;
        this.access = access;
        this.links = links;
        this.clock = clock;
    }

    public long open(Principal actor, String ip, Input in) {
        RegistryAccess.requireEditor(actor);
        NewProceeding p = NewProceeding.from(in, RegistryAccess.seesSuspectNames(actor), LocalDate.now(clock));
        long id = jdbi.inTransaction(h -> {
            if (store.referenceTaken(h, p.reference())) {
                throw new Conflict("reference", "registries.proceeding.reference_taken", p.reference());
            }
            long created = store.insert(h, p, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "proceeding.opened", "proceeding:" + created, ip)
                    .with("stage", p.stage().code()).with("suspect_names", Boolean.toString(p.suspects().stream().anyMatch(s -> s.names() != null))));
            return created;
        });
        index(id);
        return id;
    }

    /** Moves a proceeding to another stage, with the day, an optional note and, for a judgment, the outcome. */
    public void changeStage(Principal actor, String ip, long id, Input in) {
        access.requireUpdater(actor, RegistryAccess.JUSTICE);
        Faults faults = new Faults();
        ProceedingStage next = faults.check(() -> Coded.parse(ProceedingStage.class, "stage", in.one("stage")));
        LocalDate on = faults.check(() -> Fields.requiredDate("stage_on", in.one("stage_on"), LocalDate.now(clock)));
        String note = faults.check(() -> Fields.optional("note", in.one("note"), MAX_NOTE));
        String outcome = faults.check(() -> Fields.optional("outcome", in.one("outcome"), NewProceeding.MAX_TEXT));
        faults.throwIfAny();
        jdbi.useTransaction(h -> {
            Proceeding p = store.byId(h, id, false).orElseThrow(() -> new NotFound("proceeding " + id));
            store.setStage(h, id, p.moveTo(next, on), on, outcome);
            store.insertStage(h, id, next, on, note, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "proceeding.stage", "proceeding:" + id, ip)
                    .with("from", p.stage().code()).with("to", next.code()).with("on", on.toString()));
        });
        index(id);
    }

    /** Links a proceeding to an incident ({@code incident}) or a recommendation ({@code recommendation}); editors only, who see incidents. */
    public void link(Principal actor, String ip, long id, Input in) {
        RegistryAccess.requireEditor(actor);
        boolean incident = in.one("incident") != null && !in.one("incident").isBlank();
        long target = incident ? links.requireIncident(actor, in.one("incident")) : links.requireRecommendation(in.one("recommendation"));
        jdbi.useTransaction(h -> {
            store.byId(h, id, false).orElseThrow(() -> new NotFound("proceeding " + id));
            boolean added = incident ? store.linkIncident(h, id, target, actor.username())
                    : store.linkRecommendation(h, id, target, actor.username());
            if (added) {
                audit.record(h, AuditEvent.of(actor.username(), "proceeding.linked", "proceeding:" + id, ip)
                        .with(incident ? "incident" : "recommendation", Long.toString(target)));
            }
        });
    }

    /** What {@code editor} may mean by {@code q} in the proceeding's link field {@code field} ({@code incident} or {@code recommendation}). */
    public LinkSearch linkSearch(Principal editor, long id, String field, String q, String lang) {
        access.requireReader(editor, RegistryAccess.JUSTICE);
        store.byId(id, false).orElseThrow(() -> new NotFound("proceeding " + id));
        return links.search(editor, field, q, lang, "incident", "recommendation");
    }

    /** A proceeding as {@code reader} may see it; reading names is audited. */
    public Proceeding byId(Principal reader, String ip, long id) {
        access.requireReader(reader, RegistryAccess.JUSTICE);
        boolean names = RegistryAccess.seesSuspectNames(reader);
        Proceeding p = store.byId(id, names).orElseThrow(() -> new NotFound("proceeding " + id));
        if (names && p.suspects().stream().anyMatch(s -> s.names() != null)) {
            audit.record(AuditEvent.of(reader.username(), "proceeding.suspect_names.read", "proceeding:" + id, ip));
        }
        return p;
    }

    public List<StageChange> history(long id) {
        return store.history(id);
    }

    /** The incidents linked to this entry that {@code viewer} may see. */
    public List<Link> incidentsOf(Principal viewer, long id) {
        return links.visibleIncidents(viewer, store.incidentsOf(id));
    }

    /** The proceedings linked to a recommendation, if {@code reader} may read this registry; else none. */
    public List<Link> linkedTo(Principal reader, long recommendationId) {
        return mayRead(reader) ? store.linkedTo(recommendationId) : List.of();
    }

    public List<Link> recommendationsOf(long id) {
        return store.recommendationsOf(id);
    }

    public List<Proceeding> find(Principal reader, ProceedingFilter f) {
        access.requireReader(reader, RegistryAccess.JUSTICE);
        return store.find(f);
    }

    public long count(ProceedingFilter f) {
        return store.count(f);
    }

    public boolean mayRead(Principal p) {
        return access.mayRead(p, RegistryAccess.JUSTICE);
    }

    public boolean mayUpdate(Principal p) {
        return access.mayUpdate(p, RegistryAccess.JUSTICE);
    }

    public void forEachDocument(java.util.function.Consumer<SearchDocument> sink) {
        Long justice = access.institutionId(RegistryAccess.JUSTICE);
        store.forEach(p -> sink.accept(document(p, justice)));
    }

    private void index(long id) {
        store.byId(id, false).ifPresent(p -> search.index(document(p, access.institutionId(RegistryAccess.JUSTICE))));
    }

    /** Case number, court, charges and categories: never suspects' names, so every reader of the registry may see it. */
    static SearchDocument document(Proceeding p, Long justiceMinistry) {
        String classes = p.chargeClasses().stream().map(c -> c.label().french() + " " + c.label().english()).collect(Collectors.joining(" "));
        String suspects = p.suspects().stream().map(s -> s.category().label().french() + " " + s.category().label().english())
                .collect(Collectors.joining(" "));
        String body = String.join(" ", p.court(), p.charges() == null ? "" : p.charges(), classes, suspects,
                p.stage().label().french(), p.stage().label().english());
        return new SearchDocument(KIND, Long.toString(p.id()), p.reference() + " · " + p.court(), body, null,
                "/registries/proceedings/" + p.id(), Set.of(Role.values()), justiceMinistry, p.createdAt());
    }
}
