package org.vigie.registries.schools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.registries.Link;
import org.vigie.registries.Places;

/** SQL for closed schools, their closures and their links to recommendations. */
final class SchoolStore {
    /** Each school with its latest closure. */
    private static final String FROM = " FROM school s JOIN LATERAL (SELECT * FROM school_closure c WHERE c.school_id = s.id "
            + "ORDER BY c.closed_on DESC, c.id DESC LIMIT 1) c ON true";
    private static final String SELECT = "SELECT s.id AS s_id, s.name, s.pcode, s.locality, s.level, s.created_by, s.created_at, c.*";
    private final Jdbi jdbi;
    private final Places places;

    SchoolStore(Jdbi jdbi, Places places) {
        this.jdbi = jdbi;
        this.places = places;
    }

    long insert(Handle h, NewSchool s, String actor) {
        long id = h.createQuery("INSERT INTO school (name, pcode, locality, level, created_by) VALUES (:n, :p, :l, :lv, :by) RETURNING id")
                .bind("n", s.name()).bind("p", s.place().pcode().value()).bind("l", s.locality()).bind("lv", s.level().code())
                .bind("by", actor).mapTo(Long.class).one();
        insertClosure(h, id, s.closure(), actor);
        return id;
    }

    long insertClosure(Handle h, long schoolId, ClosureReport r, String actor) {
        return h.createQuery("INSERT INTO school_closure (school_id, closed_on, cause, girls, boys, teachers, source, recorded_by) "
                        + "VALUES (:s, :on, :cause, :g, :b, :t, :src, :by) RETURNING id")
                .bind("s", schoolId).bind("on", r.closedOn()).bind("cause", r.cause().code()).bind("g", r.girls())
                .bind("b", r.boys()).bind("t", r.teachers()).bind("src", r.source()).bind("by", actor).mapTo(Long.class).one();
    }

    void reopen(Handle h, long closureId, LocalDate on) {
        h.createUpdate("UPDATE school_closure SET reopened_on = :on WHERE id = :id").bind("on", on).bind("id", closureId).execute();
    }

    void setVerification(Handle h, long closureId, VerificationStatus v) {
        h.createUpdate("UPDATE school_closure SET verification = :v WHERE id = :id")
                .bind("v", v.name().toLowerCase(java.util.Locale.ROOT)).bind("id", closureId).execute();
    }

    Optional<School> byId(Handle h, long id) {
        return h.createQuery(SELECT + FROM + " WHERE s.id = :id FOR UPDATE OF s").bind("id", id).map(this::school).findOne();
    }

    Optional<School> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + FROM + " WHERE s.id = :id").bind("id", id).map(this::school).findOne());
    }

    /** Every closure of a school, newest first. */
    List<Closure> history(long schoolId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM school_closure WHERE school_id = :s ORDER BY closed_on DESC, id DESC")
                .bind("s", schoolId).map((rs, ctx) -> closure(rs)).list());
    }

    List<School> find(SchoolFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, SELECT, " ORDER BY c.closed_on DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", f.limit()).bind("offset", f.offset()).map(this::school).list());
    }

    long count(SchoolFilter f) {
        return jdbi.withHandle(h -> filtered(h, f, "SELECT count(*)", "").mapTo(Long.class).one());
    }

    /** The filtered schools counted by region; a region without any is left out. */
    List<RegionCount> countsByRegion(SchoolFilter f) {
        String open = "c.reopened_on IS NULL";
        return jdbi.withHandle(h -> filtered(h, f, "SELECT s.region, count(*) AS schools, count(*) FILTER (WHERE " + open + ") AS closed_now, "
                        + "coalesce(sum(c.girls) FILTER (WHERE " + open + "), 0) AS girls, coalesce(sum(c.boys) FILTER (WHERE " + open
                        + "), 0) AS boys, coalesce(sum(c.teachers) FILTER (WHERE " + open + "), 0) AS teachers",
                " GROUP BY s.region ORDER BY s.region")
                .map((rs, ctx) -> new RegionCount(rs.getString("region"), places.name(rs.getString("region")), rs.getLong("schools"),
                        rs.getLong("closed_now"), rs.getLong("girls"), rs.getLong("boys"), rs.getLong("teachers"))).list());
    }

    boolean link(Handle h, long schoolId, long recommendationId, String actor) {
        return h.createUpdate("INSERT INTO school_recommendation (school_id, recommendation_id, linked_by) VALUES (:s, :r, :by) "
                + "ON CONFLICT DO NOTHING").bind("s", schoolId).bind("r", recommendationId).bind("by", actor).execute() == 1;
    }

    /** The schools linked to a recommendation, named with their cercle's P-code. */
    List<Link> linkedTo(long recommendationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.id, s.name || ' (' || s.cercle || ')' FROM school_recommendation l "
                        + "JOIN school s ON s.id = l.school_id WHERE l.recommendation_id = :r ORDER BY s.name, s.id")
                .bind("r", recommendationId).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    List<Link> recommendationsOf(long schoolId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id, coalesce(r.document_symbol || ' ' || coalesce(r.paragraph, ''), r.reference) "
                        + "FROM school_recommendation l JOIN recommendation r ON r.id = l.recommendation_id WHERE l.school_id = :s ORDER BY r.id")
                .bind("s", schoolId).map((rs, ctx) -> new Link(rs.getLong(1), rs.getString(2))).list());
    }

    void forEach(Consumer<School> sink) {
        jdbi.useHandle(h -> {
            try (var rows = h.createQuery(SELECT + FROM + " ORDER BY s.id").setFetchSize(500).map(this::school).stream()) {
                rows.forEach(sink);
            }
        });
    }

    private static Query filtered(Handle h, SchoolFilter f, String select, String tail) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (f.region() != null) where.append(" AND s.region = :region");
        if (f.cercle() != null) where.append(" AND s.cercle = :cercle");
        if (f.closed() != null) where.append(f.closed() ? " AND c.reopened_on IS NULL" : " AND c.reopened_on IS NOT NULL");
        if (f.from() != null || f.to() != null) {
            // Any closure of the school overlapping the period, not only the latest.
            where.append(" AND EXISTS (SELECT 1 FROM school_closure p WHERE p.school_id = s.id");
            if (f.to() != null) where.append(" AND p.closed_on <= :to");
            if (f.from() != null) where.append(" AND (p.reopened_on IS NULL OR p.reopened_on >= :from)");
            where.append(")");
        }
        Query q = h.createQuery(select + FROM + where + tail);
        if (f.region() != null) q.bind("region", f.region());
        if (f.cercle() != null) q.bind("cercle", f.cercle());
        if (f.from() != null) q.bind("from", f.from());
        if (f.to() != null) q.bind("to", f.to());
        return q;
    }

    private School school(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String pcode = rs.getString("pcode");
        return new School(rs.getLong("s_id"), rs.getString("name"), pcode, places.name(pcode), rs.getString("locality"),
                SchoolLevel.valueOf(rs.getString("level").toUpperCase(java.util.Locale.ROOT)), closure(rs),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Closure closure(ResultSet rs) throws SQLException {
        ClosureReport report = new ClosureReport(rs.getObject("closed_on", LocalDate.class),
                ClosureCause.valueOf(rs.getString("cause").toUpperCase(java.util.Locale.ROOT)), (Integer) rs.getObject("girls"),
                (Integer) rs.getObject("boys"), (Integer) rs.getObject("teachers"), rs.getString("source"));
        return new Closure(rs.getLong("id"), report, rs.getObject("reopened_on", LocalDate.class),
                VerificationStatus.valueOf(rs.getString("verification").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
