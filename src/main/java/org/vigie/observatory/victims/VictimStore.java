package org.vigie.observatory.victims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for victims, the acts they suffered and their photos; reads the incident only for its access rules and acts. */
public final class VictimStore {
    private static final String VICTIM = "SELECT v.id, v.incident_id, v.pseudonym, v.sex, v.age, v.age_group, v.categories, "
            + "v.identity IS NOT NULL AS has_identity, v.consent_uses, v.consent_given_on, v.consent_given_by, v.created_by, "
            + "v.created_at, COALESCE((SELECT array_agg(act_id ORDER BY act_id) FROM victim_act WHERE victim_id = v.id), '{}') AS act_ids, "
            + "COALESCE((SELECT array_agg(id ORDER BY id) FROM victim_photo WHERE victim_id = v.id), '{}') AS photo_ids FROM victim v ";

    /** A victim's encrypted identity with what decides who may read it. */
    record Sealed(long id, long incidentId, String pseudonym, Consent consent, byte[] identity) {
    }

    /** An encrypted photo with its victim. */
    record SealedPhoto(long id, long victimId, String contentType, byte[] content) {
    }

    Optional<IncidentGate> gate(Handle h, long incidentId) {
        return h.createQuery("SELECT id, restricted, created_by FROM incident WHERE id = :id").bind("id", incidentId)
                .map((rs, ctx) -> new IncidentGate(rs.getLong("id"), rs.getBoolean("restricted"), rs.getString("created_by")))
                .findOne();
    }

    /** The incident's act ids in the order of their positions: a draft's act indexes point into it. */
    List<Long> actIds(Handle h, long incidentId) {
        return h.createQuery("SELECT id FROM incident_act WHERE incident_id = :i ORDER BY position, id")
                .bind("i", incidentId).mapTo(Long.class).list();
    }

    /** The incident's act types in the order of their positions, for forms. */
    List<String> actTypes(Handle h, long incidentId) {
        return h.createQuery("SELECT act_type FROM incident_act WHERE incident_id = :i ORDER BY position, id")
                .bind("i", incidentId).mapTo(String.class).list();
    }

    List<String> actTypesOf(Handle h, long incidentId, List<Long> actIds) {
        return h.createQuery("SELECT act_type FROM incident_act WHERE incident_id = :i AND id = ANY(:ids) ORDER BY position, id")
                .bind("i", incidentId).bind("ids", actIds.toArray(Long[]::new)).mapTo(String.class).list();
    }

    long nextVictimId(Handle h) {
        return h.createQuery("SELECT nextval(pg_get_serial_sequence('victim', 'id'))").mapTo(Long.class).one();
    }

    List<Long> nextVictimIds(Handle h, int n) {
        return h.createQuery("SELECT nextval('victim_id_seq') FROM generate_series(1, :n)").bind("n", n).mapTo(Long.class).list();
    }

    long nextPhotoId(Handle h) {
        return h.createQuery("SELECT nextval(pg_get_serial_sequence('victim_photo', 'id'))").mapTo(Long.class).one();
    }

    /** A victim ready to insert: its id and pseudonym drawn, its identity sealed, the acts it suffered resolved to ids. */
    public record NewVictim(long id, long incidentId, String pseudonym, VictimDraft draft, AgeGroup group, byte[] identity, Consent consent,
                     List<Long> actIds) {
    }

    /** Ids drawn for an incident recorded with its victims, and which of the proposed pseudonyms are already taken. */
    public record Reservation(long incidentId, List<Long> actIds, List<Long> victimIds, Set<String> taken) {
    }

    /**
     * Draws in one statement the ids of an incident, its {@code acts} acts and its {@code victims} victims, and says
     * which of the {@code candidates} pseudonyms a victim, living or deleted, already has.
     */
    public Reservation reserve(Handle h, int acts, int victims, List<String> candidates) {
        return h.createQuery("SELECT nextval('incident_id_seq') AS incident, "
                        + "ARRAY(SELECT nextval('incident_act_id_seq') FROM generate_series(1, :acts)) AS acts, "
                        + "ARRAY(SELECT nextval('victim_id_seq') FROM generate_series(1, :victims)) AS victims, "
                        + "ARRAY(SELECT p FROM unnest(CAST(:candidates AS text[])) AS c(p) WHERE EXISTS (SELECT 1 FROM victim WHERE pseudonym = p) "
                        + "OR EXISTS (SELECT 1 FROM victim_pseudonym_retired WHERE pseudonym = p)) AS taken")
                .bind("acts", acts).bind("victims", victims).bindArray("candidates", String.class, candidates)
                .map((rs, ctx) -> new Reservation(rs.getLong("incident"), longs(rs, "acts"), longs(rs, "victims"),
                        Set.of(strings(rs, "taken"))))
                .one();
    }

    boolean pseudonymTaken(Handle h, String pseudonym) {
        return !taken(h, List.of(pseudonym)).isEmpty();
    }

    /** Which of {@code candidates} a victim, living or deleted, already has. */
    Set<String> taken(Handle h, List<String> candidates) {
        return Set.copyOf(h.createQuery("SELECT p FROM unnest(CAST(:candidates AS text[])) AS c(p) WHERE EXISTS (SELECT 1 FROM victim "
                        + "WHERE pseudonym = p) OR EXISTS (SELECT 1 FROM victim_pseudonym_retired WHERE pseudonym = p)")
                .bindArray("candidates", String.class, candidates).mapTo(String.class).list());
    }

    /** Inserts victims, the acts they suffered and their first consent in three batches. */
    public void insertAll(Handle h, List<NewVictim> victims, String actor) {
        if (victims.isEmpty()) {
            return;
        }
        PreparedBatch rows = h.prepareBatch("INSERT INTO victim (id, incident_id, pseudonym, sex, age, age_group, categories, identity, "
                + "consent_uses, consent_given_on, consent_given_by, created_by) VALUES (:id, :incident, :pseudonym, :sex, :age, :group, "
                + ":categories, :identity, :uses, :on, :by, :actor)");
        PreparedBatch acts = h.prepareBatch("INSERT INTO victim_act (victim_id, act_id) VALUES (:v, :a)");
        PreparedBatch consents = h.prepareBatch("INSERT INTO victim_consent_change (victim_id, uses, expressed_on, expressed_by, "
                + "recorded_by) VALUES (:v, :uses, :on, :by, :actor)");
        for (NewVictim v : victims) {
            List<String> uses = v.consent().uses().stream().map(VictimStore::code).sorted().toList();
            rows.bind("id", v.id()).bind("incident", v.incidentId()).bind("pseudonym", v.pseudonym()).bind("sex", code(v.draft().sex()))
                    .bind("age", v.draft().age()).bind("group", code(v.group()))
                    .bindArray("categories", String.class, v.draft().categories().stream().map(VictimStore::code).sorted().toList())
                    .bind("identity", v.identity()).bindArray("uses", String.class, uses)
                    .bind("on", v.consent().givenOn()).bind("by", v.consent().givenBy()).bind("actor", actor).add();
            for (long act : v.actIds()) {
                acts.bind("v", v.id()).bind("a", act).add();
            }
            consents.bind("v", v.id()).bindArray("uses", String.class, uses).bind("on", v.consent().givenOn())
                    .bind("by", v.consent().givenBy()).bind("actor", actor).add();
        }
        rows.execute();
        if (acts.size() > 0) {
            acts.execute();
        }
        consents.execute();
    }

    void insertPhoto(Handle h, long id, long victimId, String contentType, int size, byte[] sealed, String actor) {
        h.createUpdate("INSERT INTO victim_photo (id, victim_id, content_type, size_bytes, content, added_by) "
                        + "VALUES (:id, :v, :t, :s, :c, :a)")
                .bind("id", id).bind("v", victimId).bind("t", contentType).bind("s", size).bind("c", sealed).bind("a", actor).execute();
    }

    List<Victim> ofIncident(Handle h, long incidentId) {
        return h.createQuery(VICTIM + "WHERE v.incident_id = :i ORDER BY v.id").bind("i", incidentId).map(VictimStore::victim).list();
    }

    Optional<Victim> byId(Handle h, long id) {
        return h.createQuery(VICTIM + "WHERE v.id = :id").bind("id", id).map(VictimStore::victim).findOne();
    }

    Optional<Sealed> sealed(Handle h, long id) {
        return h.createQuery("SELECT id, incident_id, pseudonym, identity, consent_uses, consent_given_on, consent_given_by FROM victim WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> new Sealed(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("pseudonym"), consent(rs),
                        rs.getBytes("identity"))).findOne();
    }

    List<SealedPhoto> photos(Handle h, long victimId) {
        return h.createQuery("SELECT id, victim_id, content_type, content FROM victim_photo WHERE victim_id = :v ORDER BY id")
                .bind("v", victimId).map((rs, ctx) -> new SealedPhoto(rs.getLong("id"), rs.getLong("victim_id"),
                        rs.getString("content_type"), rs.getBytes("content"))).list();
    }

    /** Victims counted per incident, for lists of incidents. */
    Map<Long, Integer> counts(Handle h, List<Long> incidentIds) {
        Map<Long, Integer> out = new HashMap<>();
        h.createQuery("SELECT incident_id, count(*) FROM victim WHERE incident_id = ANY(:ids) GROUP BY incident_id")
                .bindArray("ids", Long.class, incidentIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Victim victim(ResultSet rs, StatementContext ctx) throws SQLException {
        Integer age = (Integer) rs.getObject("age");
        return new Victim(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("pseudonym"),
                Sex.valueOf(upper(rs.getString("sex"))), age, AgeGroup.valueOf(upper(rs.getString("age_group"))),
                enums(VictimCategory.class, strings(rs, "categories")), longs(rs, "act_ids"), rs.getBoolean("has_identity"),
                consent(rs), longs(rs, "photo_ids"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        return new Consent(enums(ConsentUse.class, strings(rs, "consent_uses")), rs.getObject("consent_given_on", LocalDate.class),
                rs.getString("consent_given_by"));
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        return (String[]) rs.getArray(column).getArray();
    }

    private static List<Long> longs(ResultSet rs, String column) throws SQLException {
        return Arrays.stream((Long[]) rs.getArray(column).getArray()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] codes) {
        Set<E> out = EnumSet.noneOf(type);
        for (String c : codes) {
            out.add(Enum.valueOf(type, upper(c)));
        }
        return out;
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(VictimStore::code).sorted().collect(Collectors.joining(","));
    }
}
