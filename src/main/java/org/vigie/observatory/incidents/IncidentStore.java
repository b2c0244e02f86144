package org.vigie.observatory.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/** SQL for incidents, their acts, perpetrators and sources: batch inserts, one incident whole, and reads by id. */
public final class IncidentStore {
    /** An incident ready to insert: its id and reference are taken before the insert so that acts can be batched. */
    record NewIncident(long id, String reference, IncidentDraft draft, boolean restricted, String edition) {
    }

    private final Jdbi jdbi;

    IncidentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    List<Long> nextIds(Handle h, String sequence, int n) {
        return h.createQuery("SELECT nextval(CAST(:seq AS regclass)) FROM generate_series(1, :n)")
                .bind("seq", sequence).bind("n", n).mapTo(Long.class).list();
    }

    /** The external ids of {@code origin} among {@code ids} that are already stored. */
    Set<String> existingExternalIds(Handle h, Origin origin, Collection<String> ids) {
        return Set.copyOf(h.createQuery("SELECT external_id FROM incident WHERE origin = :o AND external_id = ANY(:ids)")
                .bind("o", origin.code()).bind("ids", ids.toArray(String[]::new)).mapTo(String.class).list());
    }

    private static final String INSERT_INCIDENT = "INSERT INTO incident (id, reference, date_start, date_end, date_precision, "
            + "gazetteer_edition, pcode, adm1_pcode, adm2_pcode, adm3_pcode, locality, latitude, longitude, title, description_fr, "
            + "description_en, restricted, origin, external_id, created_by, act_types, perpetrator_categories) VALUES (:id, :ref, :start, :end, "
            + ":precision, :edition, :pcode, :adm1, :adm2, :adm3, :locality, :lat, :lon, :title, :fr, :en, :restricted, :origin, :ext, "
            + ":by, :actTypes, :categories)";

    /** Inserts incidents, their acts, perpetrators and sources in four batches. */
    void insert(Handle h, List<NewIncident> incidents, String actor) {
        PreparedBatch rows = h.prepareBatch(INSERT_INCIDENT);
        int actCount = 0;
        for (NewIncident n : incidents) {
            bindIncident(rows, n, actor).add();
            actCount += n.draft().acts().size();
        }
        rows.execute();
        insertChildren(h, incidents, nextIds(h, "incident_act_id_seq", actCount), actor);
    }

    /**
     * Inserts one incident whose act ids were already drawn (in the order of its acts), with its acts, perpetrators
     * and sources; returns when the row was written ({@code updated_at}), so that nothing needs reading back.
     */
    Instant insertOne(Handle h, NewIncident n, List<Long> actIds, String actor) {
        Instant at = bindIncident(h.createUpdate(INSERT_INCIDENT), n, actor)
                .executeAndReturnGeneratedKeys("updated_at").mapTo(OffsetDateTime.class).one().toInstant();
        insertChildren(h, List.of(n), actIds, actor);
        return at;
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindIncident(T statement, NewIncident n, String actor) {
        IncidentDraft d = n.draft();
        String code = d.place().value();
        return statement.bind("id", n.id()).bind("ref", n.reference()).bind("start", d.date().start()).bind("end", d.date().end())
                .bind("precision", d.date().precision().name().toLowerCase(Locale.ROOT)).bind("edition", n.edition())
                .bind("pcode", code).bind("adm1", code.substring(0, 4))
                .bind("adm2", code.length() >= 6 ? code.substring(0, 6) : null).bind("adm3", code.length() >= 8 ? code : null)
                .bind("locality", clean(d.locality())).bind("lat", d.latitude()).bind("lon", d.longitude())
                .bind("title", d.title().strip()).bind("fr", clean(d.descriptionFr())).bind("en", clean(d.descriptionEn()))
                .bind("restricted", n.restricted()).bind("origin", d.origin().code()).bind("ext", clean(d.externalId()))
                .bind("by", actor).bind("actTypes", actTypes(d)).bind("categories", perpetratorCategories(d));
    }

    private static void insertChildren(Handle h, List<NewIncident> incidents, List<Long> actIds, String actor) {
        insertActs(h, incidents, actIds);
        PreparedBatch sources = h.prepareBatch("INSERT INTO incident_source (incident_id, kind, description, reported_on, reliability, "
                + "added_by) VALUES (:incident, :kind, :description, :on, :reliability, :by)");
        for (NewIncident n : incidents) {
            for (SourceDraft s : n.draft().sources()) {
                bindSource(sources, n.id(), s, actor).add();
            }
        }
        if (sources.size() > 0) {
            sources.execute();
        }
    }

    /** The incident's act types, sorted and without repeats, as V014's {@code incident.act_types} keeps them for the list's filter. */
    static String[] actTypes(IncidentDraft d) {
        return d.acts().stream().map(a -> a.actType().strip()).distinct().sorted().toArray(String[]::new);
    }

    /** The categories of the incident's perpetrators, sorted and without repeats ({@code incident.perpetrator_categories}). */
    static String[] perpetratorCategories(IncidentDraft d) {
        return d.acts().stream().flatMap(a -> a.perpetrators().stream()).map(p -> p.category().name().toLowerCase(Locale.ROOT))
                .distinct().sorted().toArray(String[]::new);
    }

    private static void insertActs(Handle h, List<NewIncident> incidents, List<Long> actIds) {
        PreparedBatch acts = h.prepareBatch("INSERT INTO incident_act (id, incident_id, act_type, unrecorded_victims, position) "
                + "VALUES (:id, :incident, :type, :victims, :position)");
        PreparedBatch perpetrators = h.prepareBatch("INSERT INTO act_perpetrator (act_id, category, group_name, involvement) "
                + "VALUES (:act, :category, :group, :involvement)");
        int next = 0;
        for (NewIncident n : incidents) {
            List<ActDraft> drafts = n.draft().acts();
            for (int i = 0; i < drafts.size(); i++) {
                ActDraft a = drafts.get(i);
                long actId = actIds.get(next++);
                acts.bind("id", actId).bind("incident", n.id()).bind("type", a.actType().strip())
                        .bind("victims", a.unrecordedVictims()).bind("position", i).add();
                for (PerpetratorDraft p : a.perpetrators()) {
                    perpetrators.bind("act", actId).bind("category", p.category().name().toLowerCase(Locale.ROOT))
                            .bind("group", clean(p.groupName())).bind("involvement", p.involvement().strip()).add();
                }
            }
        }
        if (acts.size() > 0) {
            acts.execute();
        }
        if (perpetrators.size() > 0) {
            perpetrators.execute();
        }
    }

    long insertSource(Handle h, long incidentId, SourceDraft s, String actor) {
        return bindSource(h.createUpdate("INSERT INTO incident_source (incident_id, kind, description, reported_on, reliability, "
                + "added_by) VALUES (:incident, :kind, :description, :on, :reliability, :by)"), incidentId, s, actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindSource(T statement, long incidentId, SourceDraft s,
                                                                                     String actor) {
        return statement.bind("incident", incidentId).bind("kind", s.kind().strip()).bind("description", s.description().strip())
                .bind("on", s.reportedOn()).bind("reliability", s.reliability().strip()).bind("by", actor);
    }

    Optional<Incident> byId(long id) {
        return jdbi.withHandle(h -> byId(h, id));
    }

    Optional<Incident> byId(Handle h, long id) {
        Optional<Incident> found = h.createQuery("SELECT * FROM incident WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs, List.of(), List.of())).findOne();
        return found.map(i -> new Incident(i.id(), i.reference(), i.date(), i.place(), i.gazetteerEdition(), i.locality(),
                i.latitude(), i.longitude(), i.title(), i.descriptionFr(), i.descriptionEn(), i.status(), i.verifiedBy(),
                i.verifiedAt(), i.restricted(), i.origin(), i.externalId(), i.createdBy(), i.createdAt(), i.updatedAt(),
                acts(h, List.of(id)).getOrDefault(id, List.of()), sources(h, id), List.of()));
    }

    /** The acts of several incidents, with their perpetrators, in two queries. */
    Map<Long, List<IncidentAct>> acts(Handle h, List<Long> incidentIds) {
        Map<Long, List<PerpetratorDraft>> perpetrators = new HashMap<>();
        h.createQuery("SELECT p.* FROM act_perpetrator p JOIN incident_act a ON a.id = p.act_id WHERE a.incident_id = ANY(:ids) "
                        + "ORDER BY p.id").bind("ids", incidentIds.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("act_id"), new PerpetratorDraft(
                        PerpetratorCategory.valueOf(rs.getString("category").toUpperCase(Locale.ROOT)), rs.getString("group_name"),
                        rs.getString("involvement"))))
                .forEach(e -> perpetrators.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<IncidentAct>> acts = new HashMap<>();
        h.createQuery("SELECT * FROM incident_act WHERE incident_id = ANY(:ids) ORDER BY incident_id, position")
                .bind("ids", incidentIds.toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("incident_id"), new IncidentAct(rs.getLong("id"), rs.getString("act_type"),
                        rs.getInt("unrecorded_victims"), perpetrators.getOrDefault(rs.getLong("id"), List.of()))))
                .forEach(e -> acts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return acts;
    }

    private static List<IncidentSource> sources(Handle h, long id) {
        return h.createQuery("SELECT * FROM incident_source WHERE incident_id = :id ORDER BY id").bind("id", id)
                .map((rs, ctx) -> new IncidentSource(rs.getLong("id"), rs.getString("kind"), rs.getString("description"),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("reliability"), rs.getString("added_by"),
                        instant(rs, "added_at")))
                .list();
    }

    /** The incidents of these ids that exist, acts included (not sources), in three queries: what search reads in batches. */
    List<Incident> byIds(java.util.Collection<Long> ids) {
        return jdbi.withHandle(h -> {
            List<Incident> found = h.createQuery("SELECT * FROM incident WHERE id = ANY(:ids) ORDER BY id").bind("ids", ids.toArray(Long[]::new))
                    .map((rs, ctx) -> row(rs, List.of(), List.of())).list();
            if (found.isEmpty()) {
                return found;
            }
            Map<Long, List<IncidentAct>> acts = acts(h, found.stream().map(Incident::id).toList());
            return found.stream().map(i -> withActs(i, acts.getOrDefault(i.id(), List.of()))).toList();
        });
    }

    /** Every incident in id order, acts included, streamed: for search rebuilds and indexing after imports. */
    void forEachAbove(long id, Consumer<Incident> sink) {
        jdbi.useHandle(h -> {
            long last = id;
            while (true) {
                List<Incident> page = h.createQuery("SELECT * FROM incident WHERE id > :id ORDER BY id LIMIT 500").bind("id", last)
                        .map((rs, ctx) -> row(rs, List.of(), List.of())).list();
                if (page.isEmpty()) {
                    return;
                }
                Map<Long, List<IncidentAct>> acts = acts(h, page.stream().map(Incident::id).toList());
                for (Incident i : page) {
                    sink.accept(withActs(i, acts.getOrDefault(i.id(), List.of())));
                }
                last = page.get(page.size() - 1).id();
            }
        });
    }

    private static Incident withActs(Incident i, List<IncidentAct> acts) {
        return new Incident(i.id(), i.reference(), i.date(), i.place(), i.gazetteerEdition(), i.locality(), i.latitude(),
                i.longitude(), i.title(), i.descriptionFr(), i.descriptionEn(), i.status(), i.verifiedBy(), i.verifiedAt(),
                i.restricted(), i.origin(), i.externalId(), i.createdBy(), i.createdAt(), i.updatedAt(), acts, i.sources(), i.links());
    }

    Optional<Long> idByReference(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident WHERE reference = :r").bind("r", reference)
                .mapTo(Long.class).findOne());
    }

    Optional<Long> idByExternal(Origin origin, String externalId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident WHERE origin = :o AND external_id = :e")
                .bind("o", origin.code()).bind("e", externalId).mapTo(Long.class).findOne());
    }

    long maxId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM incident").mapTo(Long.class).one());
    }

    static Incident row(ResultSet rs, List<IncidentAct> acts, List<IncidentSource> sources) throws SQLException {
        Double lat = (Double) rs.getObject("latitude");
        Double lon = (Double) rs.getObject("longitude");
        return new Incident(rs.getLong("id"), rs.getString("reference"), date(rs), new PCode(rs.getString("pcode")),
                rs.getString("gazetteer_edition"), rs.getString("locality"), lat, lon, rs.getString("title"),
                rs.getString("description_fr"), rs.getString("description_en"), status(rs), rs.getString("verified_by"),
                instant(rs, "verified_at"), rs.getBoolean("restricted"), Origin.ofCode(rs.getString("origin")),
                rs.getString("external_id"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                acts, sources, List.of());
    }

    public static IncidentDate date(ResultSet rs) throws SQLException {
        return new IncidentDate(rs.getObject("date_start", LocalDate.class), rs.getObject("date_end", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT)));
    }

    public static VerificationStatus status(ResultSet rs) throws SQLException {
        return VerificationStatus.valueOf(rs.getString("verification_status").toUpperCase(Locale.ROOT));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static IncidentSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
        return new IncidentSummary(rs.getLong("id"), rs.getString("reference"), date(rs), new PCode(rs.getString("pcode")),
                rs.getString("title"), status(rs), rs.getBoolean("restricted"));
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
