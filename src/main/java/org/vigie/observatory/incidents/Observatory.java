package org.vigie.observatory.incidents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.links.RecommendationLinks;
import org.vigie.observatory.links.References;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.SexualViolence;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.observatory.vocabulary.VocabularyTerms;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchIndex;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The observatory's incidents: recording them (from the form one at a time, from imports in one
 * transaction), reading them back and listing them with filters. Every record is checked whole against
 * the gazetteer and the vocabulary, audited in its transaction and indexed for search.
 */
public final class Observatory {
    /** What a form proposes when the monitor does not say: involvement "Suspected of involvement in the act" (list 18). */
    public static final String DEFAULT_INVOLVEMENT = "01060000000018";
    /** Source kind "Witness testimony" (list 16). */
    public static final String DEFAULT_SOURCE_KIND = "23092014050116";
    /** Reliability "Unknown" (list 42): a monitor does not grade a source as they record it; an analyst does. */
    public static final String DEFAULT_RELIABILITY = "99000000000042";

    /** What {@link #recordAll} did: incidents added, and those already there (same origin and external id). */
    public record Recorded(int added, int unchanged) {
    }

    private final Jdbi jdbi;
    private final IncidentStore store;
    private final IncidentListStore lists;
    private final AuditStore audit;
    private final SearchIndex search;
    private final Gazetteer gazetteer;
    private final Supplier<Vocabulary> vocabulary;
    private final Clock clock;
    private final RecommendationLinks recommendationLinks;
    private final References references;
    private volatile Checks checks;

    /** What is built from one vocabulary, rebuilt when administrators add or delete a term. */
    private record Checks(Vocabulary vocabulary, IncidentRules rules, SexualViolence sexualViolence, IncidentChoices choices) {
    }

    public Observatory(Jdbi jdbi, AuditStore audit, SearchIndex search, Gazetteer gazetteer, Vocabulary vocabulary, Clock clock) {
        this(jdbi, audit, search, gazetteer, () -> vocabulary, clock);
    }

    /** An observatory reading the vocabulary of the moment, such as {@link VocabularyTerms#current}. */
    public Observatory(Jdbi jdbi, AuditStore audit, SearchIndex search, Gazetteer gazetteer, Supplier<Vocabulary> vocabulary, Clock clock) {
        this.jdbi = jdbi;
        this.store = new IncidentStore(jdbi);
        this.lists = new IncidentListStore(jdbi);
        this.audit = audit;
        this.search = search;
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.references = new References(jdbi, search);
        this.recommendationLinks = new RecommendationLinks(jdbi, this, audit, search, references);
    }

    private Checks checks() {
        Vocabulary v = vocabulary.get();
        Checks c = checks;
        if (c == null || c.vocabulary() != v) {
            c = new Checks(v, new IncidentRules(gazetteer, v, clock), new SexualViolence(v), IncidentChoices.of(gazetteer, v));
            checks = c;
        }
        return c;
    }

    /**
     * Checks a draft whole without storing it, as {@link #record} would.
     *
     * @throws InvalidInput naming the first field in error ({@code acts[0].act_type})
     */
    public void check(IncidentDraft draft) {
        checks().rules().check(draft);
    }

    /** Keeps in {@code faults} every rule the draft breaks, for a form that names them all at once. */
    public void check(IncidentDraft draft, Faults faults) {
        checks().rules().check(draft, faults);
    }

    /** Checks and stores one incident with its acts, perpetrators and sources; returns its id. */
    public long record(IncidentDraft draft, String actor, String ip) {
        checks().rules().check(draft);
        boolean restricted = restricted(draft);
        Written written = jdbi.inTransaction(h -> {
            refuseKnown(h, draft);
            long id = store.nextIds(h, "incident_id_seq", 1).get(0);
            Written w = write(h, draft, restricted, id, store.nextIds(h, "incident_act_id_seq", draft.acts().size()), actor, ip);
            audit.record(h, w.audit());
            return w;
        });
        index(written);
        return written.incident().id();
    }

    /**
     * One incident written in a transaction, kept in memory so that nothing is read back: what is indexed once the
     * transaction has committed, the search queue's row for it, and the audit entry for the caller to record.
     */
    record Written(Incident incident, long pending, AuditEvent audit) {
    }

    /** Whether the draft is of sexual or gender-based violence, so that the incident is restricted. */
    boolean restricted(IncidentDraft d) {
        SexualViolence sexualViolence = checks().sexualViolence();
        return d.acts().stream().anyMatch(a -> sexualViolence.is(a.actType().strip()));
    }

    /** Refuses a draft whose origin already gave Vigie its external id. */
    void refuseKnown(Handle h, IncidentDraft draft) {
        if (draft.externalId() != null && !draft.externalId().isBlank()
                && !store.existingExternalIds(h, draft.origin(), List.of(draft.externalId().strip())).isEmpty()) {
            throw new InvalidInput("external_id", "observatory.incident.already_recorded", draft.externalId());
        }
    }

    /**
     * Inserts a checked draft under ids already drawn ({@code actIds} in the order of its acts) and queues it for
     * search, in the caller's transaction; the audit entry is returned, not recorded, so that a caller writing
     * more can record all its entries at once.
     */
    Written write(Handle h, IncidentDraft draft, boolean restricted, long id, List<Long> actIds, String actor, String ip) {
        IncidentStore.NewIncident n = new IncidentStore.NewIncident(id, reference(draft, id), draft, restricted, gazetteer.edition());
        java.time.Instant at = store.insertOne(h, n, actIds, actor);
        long pending = search.queue().add(h, IncidentSearchSource.KIND, Long.toString(id));
        AuditEvent event = AuditEvent.of(actor, "incident.recorded", "incident:" + id, ip)
                .with("reference", n.reference()).with("origin", draft.origin().code()).with("restricted", Boolean.toString(restricted));
        List<IncidentAct> acts = new ArrayList<>();
        for (int i = 0; i < draft.acts().size(); i++) {
            ActDraft a = draft.acts().get(i);
            acts.add(new IncidentAct(actIds.get(i), a.actType().strip(), a.unrecordedVictims(), a.perpetrators()));
        }
        // Sources and links are not part of the search document; the incident's page reads them from the database.
        Incident incident = new Incident(id, n.reference(), draft.date(), draft.place(), n.edition(), IncidentStore.clean(draft.locality()),
                draft.latitude(), draft.longitude(), draft.title().strip(), IncidentStore.clean(draft.descriptionFr()),
                IncidentStore.clean(draft.descriptionEn()), VerificationStatus.REPORTED, null, null, restricted, draft.origin(),
                IncidentStore.clean(draft.externalId()), actor, at, at, acts, List.of(), List.of());
        return new Written(incident, pending, event);
    }

    /** Writes an incident whose transaction has committed to the search index. */
    void index(Written w) {
        search.index(document(w.incident()), w.pending());
    }

    /**
     * Stores many incidents in one transaction, all or nothing: every draft is checked first (an error names
     * the draft, {@code incidents[3].acts[0].act_type}); drafts whose origin and external id are already
     * stored, or repeated in the list, are skipped, so a repeated import changes nothing.
     */
    public Recorded recordAll(List<IncidentDraft> drafts, String actor, String ip) {
        for (int i = 0; i < drafts.size(); i++) {
            try {
                checks().rules().check(drafts.get(i));
            } catch (InvalidInput e) {
                throw new InvalidInput("incidents[" + i + "]." + e.field(), e.messageKey(), e.args());
            }
        }
        Map<Long, Long> pending = new HashMap<>();
        int added = jdbi.inTransaction(h -> {
            List<IncidentDraft> fresh = unseen(h, drafts);
            for (int from = 0; from < fresh.size(); from += 1000) {
                List<IncidentStore.NewIncident> batch = prepare(h, fresh.subList(from, Math.min(fresh.size(), from + 1000)));
                store.insert(h, batch, actor);
                for (IncidentStore.NewIncident n : batch) {
                    pending.put(n.id(), search.queue().add(h, IncidentSearchSource.KIND, Long.toString(n.id())));
                }
            }
            String origins = drafts.stream().map(d -> d.origin().code()).distinct().sorted().collect(Collectors.joining(","));
            audit.record(h, AuditEvent.of(actor, "incidents.imported", "", ip).with("origin", origins)
                    .with("incidents", Integer.toString(drafts.size())).with("added", Integer.toString(fresh.size())));
            return fresh.size();
        });
        if (added > 0) {
            long first = pending.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
            store.forEachAbove(first - 1, i -> {
                Long queued = pending.get(i.id());
                if (queued != null) {
                    search.index(document(i), queued);
                }
            });
        }
        return new Recorded(added, drafts.size() - added);
    }

    private List<IncidentDraft> unseen(Handle h, List<IncidentDraft> drafts) {
        Map<Origin, List<String>> byOrigin = drafts.stream().filter(d -> !IncidentRules.blank(d.externalId()))
                .collect(Collectors.groupingBy(IncidentDraft::origin, Collectors.mapping(d -> d.externalId().strip(), Collectors.toList())));
        Set<String> seen = new HashSet<>();
        byOrigin.forEach((origin, ids) -> store.existingExternalIds(h, origin, ids).forEach(id -> seen.add(origin.code() + ":" + id)));
        List<IncidentDraft> fresh = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            if (IncidentRules.blank(d.externalId()) || seen.add(d.origin().code() + ":" + d.externalId().strip())) {
                fresh.add(d);
            }
        }
        return fresh;
    }

    private List<IncidentStore.NewIncident> prepare(Handle h, List<IncidentDraft> drafts) {
        List<Long> ids = store.nextIds(h, "incident_id_seq", drafts.size());
        List<IncidentStore.NewIncident> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            IncidentDraft d = drafts.get(i);
            out.add(new IncidentStore.NewIncident(ids.get(i), reference(d, ids.get(i)), d, restricted(d), gazetteer.edition()));
        }
        return out;
    }

    /** {@code ML-2025-000123}: the country, the year the incident began, the record's number; never changes. */
    static String reference(IncidentDraft d, long id) {
        return String.format("ML-%d-%06d", d.date().start().getYear(), id);
    }

    /** Adds a source to a recorded incident (a second witness, a report); audited. */
    public long addSource(String actor, String ip, long incidentId, SourceDraft source) {
        checks().rules().checkSource("", source);
        return jdbi.inTransaction(h -> {
            store.byId(h, incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
            long id = store.insertSource(h, incidentId, source, actor);
            audit.record(h, AuditEvent.of(actor, "incident.source.added", "incident:" + incidentId, ip).with("source", Long.toString(id)));
            return id;
        });
    }

    /** The id of an incident named by its reference ({@code ML-2025-000123}) or its number. */
    public long idOf(String referenceOrId) {
        String v = referenceOrId == null ? "" : referenceOrId.strip();
        if (v.matches("\\d{1,18}")) {
            return Long.parseLong(v);
        }
        // People type references in any case and with stray spaces; they are stored in capitals.
        String reference = v.replaceAll("\\s+", "");
        return store.idByReference(reference).or(() -> store.idByReference(reference.toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new InvalidInput("to", "observatory.incident.unknown_reference", v));
    }

    /** The incident an origin knows by this identifier ({@code event_id_cnty}, {@code instanceID}), if recorded. */
    public java.util.Optional<Long> idOf(Origin origin, String externalId) {
        return store.idByExternal(origin, externalId);
    }

    /**
     * Whether lists, counts and duplicates shown to this role hold every restricted incident: only for the
     * roles always in the restricted view. A monitor's lists, counts, map and search hold the restricted
     * incidents they recorded and no other ({@link IncidentFilter#parse(java.util.function.Function,
     * org.vigie.security.Principal)}, {@link IncidentSearchSource}).
     */
    public static boolean listsRestrictedFor(Role role) {
        return role == Role.ADMINISTRATOR || role == Role.ANALYST;
    }

    /** Whether an act type is sexual or gender-based violence (an incident with one is restricted). */
    public boolean isSexualViolence(String actType) {
        return checks().sexualViolence().is(actType);
    }

    /**
     * An incident as {@code viewer} may see it. A restricted incident (sexual or gender-based violence)
     * exists only in the restricted view: administrators, analysts and the monitor who recorded it
     * ({@link IncidentGate}); to anyone else it is not found, so that not even its title leaks. Free text is
     * left out for roles that see only coded fields ({@link IncidentDisclosure}).
     */
    public Incident incident(long id, Principal viewer) {
        Incident i = store.byId(id)
                .filter(x -> !x.restricted() || new IncidentGate(x.id(), true, x.createdBy()).inRestrictedView(viewer))
                .orElseThrow(() -> new NotFound("incident " + id));
        return IncidentDisclosure.of(i.withLinks(lists.links(id)), viewer.role());
    }

    /** A page of the list; its lines as {@code viewer} may see them ({@link IncidentDisclosure}). */
    public List<IncidentSummary> find(IncidentFilter filter, Principal viewer) {
        return lists.find(filter).stream().map(s -> IncidentDisclosure.of(s, viewer.role())).toList();
    }

    /** A page of the list with every field: for callers that show it to no one as it is. */
    public List<IncidentSummary> find(IncidentFilter filter) {
        return lists.find(filter);
    }

    /**
     * The incidents {@code monitor} recorded that no analyst has concluded on yet (reported or under verification),
     * oldest first: their own, so restricted ones included, each line as their role may see it.
     */
    public List<IncidentSummary> openRecordedBy(Principal monitor, int limit) {
        return lists.openRecordedBy(monitor.username(), limit).stream().map(s -> IncidentDisclosure.of(s, monitor.role())).toList();
    }

    public long countOpenRecordedBy(Principal monitor) {
        return lists.countOpenRecordedBy(monitor.username());
    }

    /** The verification queue, oldest first, as {@code viewer} may see it (restricted incidents only for those who list them). */
    public List<IncidentSummary> verificationQueue(Principal viewer, int limit) {
        return lists.open(listsRestrictedFor(viewer.role()), limit).stream().map(s -> IncidentDisclosure.of(s, viewer.role())).toList();
    }

    /** How many incidents wait for verification among those {@code viewer}'s lists count. */
    public long countVerificationQueue(Principal viewer) {
        IncidentFilter all = IncidentFilter.all(listsRestrictedFor(viewer.role()));
        return count(withStatus(all, VerificationStatus.REPORTED)) + count(withStatus(all, VerificationStatus.PENDING_VERIFICATION));
    }

    private static IncidentFilter withStatus(IncidentFilter f, VerificationStatus status) {
        return new IncidentFilter(f.from(), f.to(), f.place(), f.actType(), f.perpetrator(), status, f.words(), f.withRestricted(),
                f.restrictedRecordedBy(), f.after(), f.limit(), f.freeText());
    }

    public long count(IncidentFilter filter) {
        return lists.count(filter);
    }

    /**
     * Every incident under the filter, without its page, streamed to {@code each} for an export; the filter
     * already leaves out restricted incidents for roles whose lists do not show them ({@link #listsRestrictedFor}).
     * Free text (locality, descriptions) is read only when {@code withText}. Runs in the caller's transaction
     * if there is one (so that an export and its audit entry are one), else in its own.
     */
    public void forEachExported(IncidentFilter filter, boolean withText, java.util.function.Consumer<ExportedIncident> each) {
        lists.forEachExported(filter, withText, each);
    }

    /** Incidents by region (or, with {@code cercles}, by cercle) under the filter, most first. */
    public List<PlaceCount> countsByPlace(IncidentFilter filter, boolean cercles) {
        return lists.countsByPlace(filter, cercles).entrySet().stream()
                .map(e -> new PlaceCount(e.getKey(), gazetteer.find(e.getKey()).map(AdminUnit::name).orElse(e.getKey().value()), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(PlaceCount::incidents).reversed().thenComparing(p -> p.place().value()))
                .toList();
    }

    /** The places, acts and categories a form offers. */
    public IncidentChoices choices() {
        return checks().choices();
    }

    /** A term's label in the language, or the code when the vocabulary lacks it. */
    public String label(String code, java.util.Locale locale) {
        return vocabulary.get().term(code).map(t -> t.label().in(locale)).orElse(code);
    }

    /** A place's name as the gazetteer writes it, with its region and cercle ("Sangha, Bandiagara, Mopti"). */
    public String placeName(PCode place) {
        List<String> names = new ArrayList<>();
        for (PCode p = place; p != null; p = p.parent().orElse(null)) {
            names.add(gazetteer.find(p).map(AdminUnit::name).orElse(p.value()));
        }
        return String.join(", ", names);
    }

    /** Incidents linked to the tracker's recommendations as evidence of their implementation. */
    /** What link forms and APIs read a typed reference with, for every capability that links to incidents or recommendations. */
    public References references() {
        return references;
    }

    public RecommendationLinks recommendationLinks() {
        return recommendationLinks;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The vocabulary of the moment: HURIDOCS', Vigie's shipped extensions and the terms administrators added. */
    public Vocabulary vocabulary() {
        return vocabulary.get();
    }

    IncidentStore store() {
        return store;
    }

    IncidentListStore lists() {
        return lists;
    }

    AuditStore audit() {
        return audit;
    }

    SearchDocument document(Incident i) {
        return IncidentSearchSource.document(i, gazetteer, vocabulary.get());
    }
}
