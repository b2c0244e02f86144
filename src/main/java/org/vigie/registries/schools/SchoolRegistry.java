package org.vigie.registries.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;
import org.vigie.registries.Link;
import org.vigie.registries.LinkSearch;
import org.vigie.registries.LinkStore;
import org.vigie.registries.Places;
import org.vigie.registries.RegistryAccess;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchIndex;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The registry of schools closed by threats or insecurity (OP3): a school is entered with its first
 * closure, then reopens and may close again. Editors record everything; the Ministry of Education's
 * focal points and validators record reopenings and new closures. Every change is audited with it.
 */
public final class SchoolRegistry {
    public static final String KIND = "school";
    private final Jdbi jdbi;
    private final SchoolStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final RegistryAccess access;
    private final Places places;
    private final LinkStore links;
    private final Clock clock;

    public SchoolRegistry(Jdbi jdbi, AuditStore audit, SearchIndex search, RegistryAccess access, Places places, LinkStore links, Clock clock) {
        this.jdbi = jdbi;
        this.store = new SchoolStore(jdbi, places);
        this.audit = audit;
        this.search = search;
        this.access = access;
        this.places = places;
        this.links = links;
        this.clock = clock;
    }

    /** Enters a school with its first closure; returns its id. */
    public long register(Principal actor, String ip, Input in) {
        RegistryAccess.requireEditor(actor);
        NewSchool school = NewSchool.from(in, places, today());
        long id = jdbi.inTransaction(h -> {
            long created = store.insert(h, school, actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "school.registered", "school:" + created, ip)
                    .with("place", school.place().pcode().value()).with("closed_on", school.closure().closedOn().toString()));
            return created;
        });
        index(id);
        return id;
    }

    /** Records the reopening of a closed school. */
    public void reopen(Principal actor, String ip, long id, Input in) {
        access.requireUpdater(actor, RegistryAccess.EDUCATION);
        LocalDate on = Fields.requiredDate("reopened_on", in.one("reopened_on"), today());
        jdbi.useTransaction(h -> {
            School s = store.byId(h, id).orElseThrow(() -> new NotFound("school " + id));
            store.reopen(h, s.latest().id(), s.reopen(on));
            audit.record(h, AuditEvent.of(actor.username(), "school.reopened", "school:" + id, ip).with("reopened_on", on.toString()));
        });
        index(id);
    }

    /** Records a new closure of a school that had reopened. */
    public void closeAgain(Principal actor, String ip, long id, Input in) {
        access.requireUpdater(actor, RegistryAccess.EDUCATION);
        ClosureReport report = ClosureReport.from(in, today());
        jdbi.useTransaction(h -> {
            School s = store.byId(h, id).orElseThrow(() -> new NotFound("school " + id));
            store.insertClosure(h, id, s.closeAgain(report), actor.username());
            audit.record(h, AuditEvent.of(actor.username(), "school.closed", "school:" + id, ip)
                    .with("closed_on", report.closedOn().toString()).with("cause", report.cause().code()));
        });
        index(id);
    }

    /** Sets how far the latest closure is verified; editors only. */
    public void verify(Principal actor, String ip, long id, Input in) {
        RegistryAccess.requireEditor(actor);
        VerificationStatus v = verification(in.one("verification"));
        jdbi.useTransaction(h -> {
            School s = store.byId(h, id).orElseThrow(() -> new NotFound("school " + id));
            store.setVerification(h, s.latest().id(), v);
            audit.record(h, AuditEvent.of(actor.username(), "school.verification", "school:" + id, ip)
                    .with("closure", Long.toString(s.latest().id())).with("verification", v.name().toLowerCase(java.util.Locale.ROOT)));
        });
    }

    /** Links a school to a recommendation whose implementation it bears on; editors only. */
    public void linkRecommendation(Principal actor, String ip, long id, Input in) {
        RegistryAccess.requireEditor(actor);
        long recommendation = links.requireRecommendation(in.one("recommendation"));
        jdbi.useTransaction(h -> {
            store.byId(h, id).orElseThrow(() -> new NotFound("school " + id));
            if (store.link(h, id, recommendation, actor.username())) {
                audit.record(h, AuditEvent.of(actor.username(), "school.linked", "school:" + id, ip)
                        .with("recommendation", Long.toString(recommendation)));
            }
        });
    }

    /** What {@code editor} may mean by {@code q} in the school's recommendation link field. */
    public LinkSearch linkSearch(Principal editor, long id, String q, String lang) {
        byId(editor, id);
        return links.search(editor, "recommendation", q, lang, "recommendation");
    }

    public School byId(Principal reader, long id) {
        access.requireReader(reader, RegistryAccess.EDUCATION);
        return store.byId(id).orElseThrow(() -> new NotFound("school " + id));
    }

    public List<Closure> history(long id) {
        return store.history(id);
    }

    /** The closed schools linked to a recommendation, if {@code reader} may read this registry; else none. */
    public List<Link> linkedTo(Principal reader, long recommendationId) {
        return mayRead(reader) ? store.linkedTo(recommendationId) : List.of();
    }

    public List<Link> recommendationsOf(long id) {
        return store.recommendationsOf(id);
    }

    public List<School> find(Principal reader, SchoolFilter f) {
        access.requireReader(reader, RegistryAccess.EDUCATION);
        return store.find(f);
    }

    public long count(SchoolFilter f) {
        return store.count(f);
    }

    public List<RegionCount> countsByRegion(Principal reader, SchoolFilter f) {
        access.requireReader(reader, RegistryAccess.EDUCATION);
        return store.countsByRegion(f);
    }

    public boolean mayRead(Principal p) {
        return access.mayRead(p, RegistryAccess.EDUCATION);
    }

    public boolean mayUpdate(Principal p) {
        return access.mayUpdate(p, RegistryAccess.EDUCATION);
    }

    Places places() {
        return places;
    }

    public void forEachDocument(java.util.function.Consumer<SearchDocument> sink) {
        Long men = access.institutionId(RegistryAccess.EDUCATION);
        store.forEach(s -> sink.accept(document(s, men)));
    }

    private void index(long id) {
        store.byId(id).ifPresent(s -> search.index(document(s, access.institutionId(RegistryAccess.EDUCATION))));
    }

    /** Name, place and cause in both languages; the source may name people, so it stays out. */
    static SearchDocument document(School s, Long educationMinistry) {
        ClosureReport r = s.latest().report();
        String body = String.join(" ", s.placeName(), s.locality() == null ? "" : s.locality(), s.level().label().french(),
                s.level().label().english(), r.cause().label().french(), r.cause().label().english());
        return new SearchDocument(KIND, Long.toString(s.id()), s.name() + " · " + s.placeName(), body, null,
                "/registries/schools/" + s.id(), Set.of(Role.values()), educationMinistry, s.createdAt());
    }

    static VerificationStatus verification(String code) {
        for (VerificationStatus v : VerificationStatus.values()) {
            if (v.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return v;
            }
        }
        throw new org.vigie.errors.InvalidInput("verification", code == null || code.isBlank() ? "error.required" : "registries.unknown_code",
                String.valueOf(code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
