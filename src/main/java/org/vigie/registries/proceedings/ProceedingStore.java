package org.vigie.registries.proceedings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.crypto.FieldCipher;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.registries.Coded;
import org.vigie.registries.Link;

/**
 * SQL for proceedings, their suspects, stage history and links. Suspects' names are encrypted here,
 * bound to their proceeding and category, and decrypted only when the caller asks for them.
 */
public final class ProceedingStore {
    private final Jdbi jdbi;
    private final FieldCipher cipher;

    public ProceedingStore(Jdbi jdbi, FieldCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    long insert(Handle h, NewProceeding p, String actor) {
        long id = h.createQuery("INSERT INTO proceeding (reference, court, charges, charge_classes, stage, stage_on, outcome, created_by) "
                        + "VALUES (:ref, :court, :charges, :classes, :stage, :on, :outcome, :by) RETURNING id")
                .bind("ref", p.reference()).bind("court", p.court()).bind("charges", p.charges())
                .bind("classes", Coded.codes(EnumSet.copyOf(p.chargeClasses())).toArray(String[]::new)).bind("stage", p.stage().code())
                .bind("on", p.stageOn()).bind("outcome", p.outcome()).bind("by", actor).mapTo(Long.class).one();
        for (SuspectGroup s : p.suspects()) {
            h.createUpdate("INSERT INTO proceeding_suspect (proceeding_id, category, count, names_enc) VALUES (:p, :c, :n, :names)")
                    .bind("p", id).bind("c", s.categoryCode()).bind("n", s.count())
                    .bind("names", s.names() == null ? null : cipher.encryptString(s.names(), context(id, s.categoryCode()))).execute();
        }
        insertStage(h, id, p.stage(), p.stageOn(), null, actor);
        return id;
    }

    void insertStage(Handle h, long id, ProceedingStage stage, LocalDate on, String note, String actor) {
        h.createUpdate("INSERT INTO proceeding_stage_change (proceeding_id, stage, changed_on, note, recorded_by) VALUES (:p, :s, :on, :note, :by)")
                .bind("p", id).bind("s", stage.code()).bind("on", on).bind("note", note).bind("by", actor).execute();
    }

    void setStage(Handle h, long id, ProceedingStage stage, LocalDate on, String outcome) {
        h.createUpdate("UPDATE proceeding SET stage = :s, stage_on = :on, outcome = coalesce(:outcome, outcome) WHERE id = :id")
                .bind("s", stage.code()).bind("on", on).bind("outcome", outcome).bind("id", id).execute();
    }

    boolean referenceTaken(Handle h, String reference) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM proceeding WHERE reference = :r)").bind("r", reference).mapTo(Boolean.class).one();
    }

    Optional<Proceeding> byId(Handle h, long id, boolean withNames) {
        return h.createQuery("SELECT * FROM proceeding WHERE id = :id").bind("id", id).map((rs, ctx) -> row(rs)).findOne()
                .map(p -> withSuspects(h, p, withNames));
    }

    Optional<Proceeding> byId(long id, boolean withNames) {
        return jdbi.withHandle(h -> byId(h, id, withNames));
    }

    List<StageChange> history(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM proceeding_stage_change WHERE proceeding_id = :p ORDER BY changed_on, id")
                .bind("p", id).map((rs, ctx) -> new StageChange(ProceedingStage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)),
                        rs.getObject("changed_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list());
    }

    /** A page of proceedings, newest stage change first, with suspect counts and no names. */
    List<Proceeding> find(ProceedingFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, "SELECT *", " ORDER BY stage_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", f.limit()).bind("offset", f.offset()).map((rs, ctx) -> row(rs)).list()
                .stream().map(p -> withSuspects(h, p, false)).toList());
    }

    long count(ProceedingFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, "SELECT count(*)", "").mapTo(Long.class).one());
    }

    boolean linkIncident(Handle h, long id, long incident, String actor) {
        return h.createUpdate("INSERT INTO proceeding_incident (proceeding_id, incident_id, linked_by) VALUES (:p, :i, :by) ON CONFLICT DO NOTHING")
                .bind("p", id).bind("i", incident).bind("by", actor).execute() == 1;
    }

    boolean linkRecommendation(Handle h, long id, long recommendation, String actor) {
        return h.createUpdate("INSERT INTO proceeding_recommendation (proceeding_id, recommendation_id, linked_by) VALUES (:p, :r, :by) "
                + "ON CONFLICT DO NOTHING").bind("p", id).bind("r", recommendation).bind("by", actor).execute() == 1;
    }

    /** Incidents by their reference only: a title may say more than a reader of proceedings may see. */
    List<Link> incidentsOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.reference FROM proceeding_incident l JOIN incident i ON i.id = l.incident_id "
                + "WHERE l.proceeding_id = :p ORDER BY i.id").bind("p", id).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    /** The proceedings linked to a recommendation, named by their reference and court (never by a suspect). */
    List<Link> linkedTo(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.reference || ' — ' || p.court FROM proceeding_recommendation l "
                        + "JOIN proceeding p ON p.id = l.proceeding_id WHERE l.recommendation_id = :r ORDER BY p.reference")
                .bind("r", recommendationId).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    List<Link> recommendationsOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id, coalesce(r.document_symbol || ' ' || coalesce(r.paragraph, ''), r.reference) "
                        + "FROM proceeding_recommendation l JOIN recommendation r ON r.id = l.recommendation_id WHERE l.proceeding_id = :p ORDER BY r.id")
                .bind("p", id).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    void forEach(Consumer<Proceeding> sink) {
        jdbi.useHandle(h -> {
            List<Proceeding> batch = new ArrayList<>();
            try (var rows = h.createQuery("SELECT * FROM proceeding ORDER BY id").setFetchSize(500).map((rs, ctx) -> row(rs)).stream()) {
                rows.forEach(batch::add);
            }
            batch.forEach(p -> sink.accept(withSuspects(h, p, false)));
        });
    }

    private Proceeding withSuspects(Handle h, Proceeding p, boolean withNames) {
        List<SuspectGroup> suspects = h.createQuery("SELECT * FROM proceeding_suspect WHERE proceeding_id = :p ORDER BY category")
                .bind("p", p.id()).map((rs, ctx) -> {
                    String category = rs.getString("category");
                    byte[] names = rs.getBytes("names_enc");
                    return new SuspectGroup(PerpetratorCategory.valueOf(category.toUpperCase(Locale.ROOT)), rs.getInt("count"),
                            withNames && names != null ? cipher.decryptString(names, context(p.id(), category)) : null);
                }).list();
        return new Proceeding(p.id(), p.reference(), p.court(), p.charges(), p.chargeClasses(), p.stage(), p.stageOn(), p.outcome(),
                suspects, p.createdBy(), p.createdAt());
    }

    private static Query filtered(Handle h, ProceedingFilter f, String select, String tail) {
        StringBuilder where = new StringBuilder(" FROM proceeding WHERE true");
        if (f.stage() != null) where.append(" AND stage = :stage");
        if (f.chargeClass() != null) where.append(" AND :charge = ANY (charge_classes)");
        if (f.words() != null) where.append(" AND (reference ILIKE '%' || :words || '%' OR court ILIKE '%' || :words || '%')");
        Query q = h.createQuery(select + where + tail);
        if (f.stage() != null) q.bind("stage", f.stage().code());
        if (f.chargeClass() != null) q.bind("charge", f.chargeClass().code());
        if (f.words() != null) q.bind("words", f.words().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        return q;
    }

    private static Proceeding row(ResultSet rs) throws SQLException {
        Set<ChargeClass> classes = EnumSet.noneOf(ChargeClass.class);
        Arrays.stream((String[]) rs.getArray("charge_classes").getArray()).forEach(c -> classes.add(ChargeClass.valueOf(c.toUpperCase(Locale.ROOT))));
        return new Proceeding(rs.getLong("id"), rs.getString("reference"), rs.getString("court"), rs.getString("charges"), classes,
                ProceedingStage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)), rs.getObject("stage_on", LocalDate.class),
                rs.getString("outcome"), List.of(), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String context(long proceedingId, String category) {
        return "proceeding_suspect.names:" + proceedingId + ":" + category;
    }
}
