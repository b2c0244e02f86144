package org.vigie.observatory.vocabulary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.imports.AcledSubEventType;
import org.vigie.observatory.incidents.IncidentStore;

/** SQL for the vocabulary terms administrators add ({@code vocabulary_term}) and the acts that use them. */
final class VocabularyTermStore {
    private static final String COLUMNS = "code, list_code, parent_code, english, french, grave_violations, acled_sub_event_types, "
            + "created_by, created_at";

    /** A stored term, its parent's level not yet known. */
    record Row(String code, int listCode, Optional<String> parent, Label label, Set<GraveViolation> graveViolations,
               Set<AcledSubEventType> acledSubEventTypes, String createdBy, java.time.Instant createdAt) {
    }

    private final Jdbi jdbi;

    VocabularyTermStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every added term, oldest first, so that a parent comes before the terms below it. */
    List<Row> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM vocabulary_term ORDER BY created_at, code")
                .map((rs, ctx) -> row(rs)).list());
    }

    Optional<Row> find(Handle h, String code) {
        return h.createQuery("SELECT " + COLUMNS + " FROM vocabulary_term WHERE code = :c").bind("c", code)
                .map((rs, ctx) -> row(rs)).findOne();
    }

    void insert(Handle h, ExtensionTerm t, String actor) {
        h.createUpdate("INSERT INTO vocabulary_term (code, list_code, parent_code, english, french, grave_violations, "
                        + "acled_sub_event_types, created_by) VALUES (:code, :list, :parent, :en, :fr, :grave, :acled, :by)")
                .bind("code", t.code()).bind("list", t.term().listCode()).bind("parent", t.term().parent().orElse(null))
                .bind("en", t.term().label().english()).bind("fr", t.term().label().french())
                .bind("grave", t.graveViolations().stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("acled", t.acledSubEventTypes().stream().map(AcledSubEventType::acledLabel).sorted().toArray(String[]::new))
                .bind("by", actor).execute();
    }

    void delete(Handle h, String code) {
        h.createUpdate("DELETE FROM vocabulary_term WHERE code = :c").bind("c", code).execute();
    }

    /**
     * The acts of this type. The table is locked against new acts until the transaction ends, so that no
     * incident recorded meanwhile takes the term being deleted.
     */
    long lockedUses(Handle h, String code) {
        h.execute("LOCK TABLE incident_act IN SHARE MODE");
        return h.createQuery("SELECT count(*) FROM incident_act WHERE act_type = :c").bind("c", code).mapTo(Long.class).one();
    }

    /** The number of acts of each added term that has any. */
    Map<String, Long> uses() {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.act_type, count(*) AS n FROM incident_act a "
                        + "JOIN vocabulary_term t ON t.code = a.act_type GROUP BY a.act_type")
                .map((rs, ctx) -> Map.entry(rs.getString("act_type"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static Row row(ResultSet rs) throws SQLException {
        Set<GraveViolation> grave = EnumSet.noneOf(GraveViolation.class);
        Arrays.stream((String[]) rs.getArray("grave_violations").getArray()).forEach(g -> grave.add(GraveViolation.valueOf(g)));
        Set<AcledSubEventType> acled = EnumSet.noneOf(AcledSubEventType.class);
        Arrays.stream((String[]) rs.getArray("acled_sub_event_types").getArray())
                .forEach(a -> AcledSubEventType.fromAcledLabel(a).ifPresent(acled::add));
        return new Row(rs.getString("code"), rs.getInt("list_code"), Optional.ofNullable(rs.getString("parent_code")),
                new Label(rs.getString("english"), rs.getString("french")), grave, acled, rs.getString("created_by"),
                IncidentStore.instant(rs, "created_at"));
    }
}
