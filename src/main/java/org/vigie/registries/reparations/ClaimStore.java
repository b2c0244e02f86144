package org.vigie.registries.reparations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.registries.Coded;
import org.vigie.registries.Link;

/** SQL for reparation claims, their status history and the incidents they concern. */
final class ClaimStore {
    private final Jdbi jdbi;

    ClaimStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, NewClaim c, String actor) {
        long id = h.createQuery("INSERT INTO reparation_claim (pseudonym, harm_classes, harm, programme, measures, amount_xof, status, "
                        + "status_on, submitted_on, created_by) VALUES (:p, :classes, :harm, :prog, :measures, :amount, 'submitted', :on, :on, :by) "
                        + "RETURNING id")
                .bind("p", c.pseudonym().value()).bind("classes", Coded.codes(c.harmClasses()).toArray(String[]::new))
                .bind("harm", c.harm()).bind("prog", c.programme().code()).bind("measures", Coded.codes(c.measures()).toArray(String[]::new))
                .bind("amount", c.amountXof()).bind("on", c.submittedOn()).bind("by", actor).mapTo(Long.class).one();
        insertStatus(h, id, ClaimStatus.SUBMITTED, c.submittedOn(), null, actor);
        return id;
    }

    void insertStatus(Handle h, long id, ClaimStatus status, LocalDate on, String note, String actor) {
        h.createUpdate("INSERT INTO reparation_status_change (claim_id, status, changed_on, note, recorded_by) VALUES (:c, :s, :on, :note, :by)")
                .bind("c", id).bind("s", status.code()).bind("on", on).bind("note", note).bind("by", actor).execute();
    }

    void setStatus(Handle h, long id, ClaimStatus status, LocalDate on, Long amount) {
        h.createUpdate("UPDATE reparation_claim SET status = :s, status_on = :on, amount_xof = coalesce(:amount, amount_xof) WHERE id = :id")
                .bind("s", status.code()).bind("on", on).bind("amount", amount).bind("id", id).execute();
    }

    boolean pseudonymTaken(Handle h, String pseudonym) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM reparation_claim WHERE pseudonym = :p)").bind("p", pseudonym)
                .mapTo(Boolean.class).one();
    }

    Optional<Claim> byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM reparation_claim WHERE id = :id").bind("id", id).map((rs, ctx) -> row(rs)).findOne();
    }

    Optional<Claim> byId(long id) {
        return jdbi.withHandle(h -> byId(h, id));
    }

    List<StatusChange> history(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM reparation_status_change WHERE claim_id = :c ORDER BY changed_on, id")
                .bind("c", id).map((rs, ctx) -> new StatusChange(ClaimStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        rs.getObject("changed_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list());
    }

    List<Claim> find(ClaimFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, "SELECT *", " ORDER BY status_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", f.limit()).bind("offset", f.offset()).map((rs, ctx) -> row(rs)).list());
    }

    long count(ClaimFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, "SELECT count(*)", "").mapTo(Long.class).one());
    }

    boolean linkIncident(Handle h, long id, long incident, String actor) {
        return h.createUpdate("INSERT INTO reparation_incident (claim_id, incident_id, linked_by) VALUES (:c, :i, :by) ON CONFLICT DO NOTHING")
                .bind("c", id).bind("i", incident).bind("by", actor).execute() == 1;
    }

    List<Link> incidentsOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.reference FROM reparation_incident l JOIN incident i ON i.id = l.incident_id "
                + "WHERE l.claim_id = :c ORDER BY i.id").bind("c", id).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    void forEach(Consumer<Claim> sink) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery("SELECT * FROM reparation_claim ORDER BY id").setFetchSize(500).map((rs, ctx) -> row(rs)).stream()) {
                rows.forEach(sink);
            }
        });
    }

    private static Query filtered(Handle h, ClaimFilter f, String select, String tail) {
        StringBuilder where = new StringBuilder(" FROM reparation_claim WHERE true");
        if (f.status() != null) where.append(" AND status = :status");
        if (f.programme() != null) where.append(" AND programme = :programme");
        Query q = h.createQuery(select + where + tail);
        if (f.status() != null) q.bind("status", f.status().code());
        if (f.programme() != null) q.bind("programme", f.programme().code());
        return q;
    }

    private static Claim row(ResultSet rs) throws SQLException {
        EnumSet<HarmClass> harms = EnumSet.noneOf(HarmClass.class);
        for (String c : (String[]) rs.getArray("harm_classes").getArray()) {
            harms.add(HarmClass.valueOf(c.toUpperCase(Locale.ROOT)));
        }
        EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
        for (String c : (String[]) rs.getArray("measures").getArray()) {
            measures.add(Measure.valueOf(c.toUpperCase(Locale.ROOT)));
        }
        return new Claim(rs.getLong("id"), rs.getString("pseudonym"), harms, rs.getString("harm"),
                Programme.valueOf(rs.getString("programme").toUpperCase(Locale.ROOT)), measures, (Long) rs.getObject("amount_xof"),
                ClaimStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getObject("status_on", LocalDate.class),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
