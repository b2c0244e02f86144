package org.vigie.reports.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.vocabulary.Label;

/**
 * The counting queries behind {@link Statistics}: one GROUP BY per figure over the filtered incidents
 * (date_start in the period, verification status among those counted, place by the region, cercle or
 * commune column the incident row keeps), never a query per row. Column names come from constants,
 * values are always bound.
 */
public final class StatisticsStore {
    /** What an incident, act or victim count is broken down by. */
    public enum Dimension {
        REGION("i.adm1_pcode"), CERCLE("i.adm2_pcode"), STATUS("i.verification_status"), ACT_TYPE("a.act_type"),
        PERPETRATOR("p.category"), SEX("v.sex"), AGE_GROUP("v.age_group");

        final String column;

        Dimension(String column) {
            this.column = column;
        }

        boolean ofIncident() {
            return this == REGION || this == CERCLE || this == STATUS;
        }

        boolean ofVictim() {
            return this == SEX || this == AGE_GROUP;
        }
    }

    /** Open closures at the end of a month (or of the period, if it ends first) and closures begun in it. */
    record Month(LocalDate month, long open, long opened) {
    }

    /**
     * Whether the victim {@code v} is counted in published figures: unless a consent was recorded for them (a date
     * or who gave it; a withdrawal sets both) that leaves out anonymised statistics. A victim with no consent
     * recorded (the dead, victims known from a source, imports) is counted (docs/security.md, "Erasure and consent").
     */
    static final String COUNTED_VICTIM = "(v.consent_given_on IS NULL AND v.consent_given_by IS NULL "
            + "OR 'anonymised_statistics' = ANY(v.consent_uses))";
    private static final String ACTS = " JOIN incident_act a ON a.incident_id = i.id";
    private static final String PERPETRATORS = " JOIN act_perpetrator p ON p.act_id = a.id";
    private static final String UNKNOWN = "unknown";
    private final Jdbi jdbi;
    /** The summary by month, or null to read the incidents every time (the tests' reference). */
    private final StatisticsSummaryStore summary;

    /** The State whose recommendations count (ISO 3166 alpha-2; those of no State told count as its), or null for every State. */
    private final String state;

    /** Counts through {@code reads} (a replica when there is one); the summary refreshes through {@code jdbi}, the primary. */
    StatisticsStore(Jdbi jdbi, Jdbi reads, boolean withSummary, String state) {
        this.jdbi = reads;
        this.summary = withSummary ? new StatisticsSummaryStore(jdbi) : null;
        this.state = state;
    }

    /** Whether the summary answers this figure; brings it up to date first when it does. */
    private boolean summarised(Figure.Unit unit, Dimension d, PeriodScope s) {
        if (summary == null || !StatisticsSummaryStore.covers(unit, d, s)) {
            return false;
        }
        summary.refresh();
        return true;
    }

    /** The total of {@code unit} from the summary when it answers it, else from {@code direct}. */
    private long total(Figure.Unit unit, PeriodScope s, String direct) {
        if (summarised(unit, Dimension.STATUS, s)) {
            return one(s, StatisticsSummaryStore.total(unit, s));
        }
        return one(s, direct);
    }

    long incidents(PeriodScope s) {
        return total(Figure.Unit.INCIDENTS, s, "SELECT count(*) FROM incident i" + where(s));
    }

    long acts(PeriodScope s) {
        return total(Figure.Unit.ACTS, s, "SELECT count(*) FROM incident i" + ACTS + where(s));
    }

    /**
     * Victims recorded one by one and counted in published figures ({@link #COUNTED_VICTIM}) plus those an act
     * counts without recording them (an ACLED event's fatalities).
     */
    long victims(PeriodScope s) {
        return total(Figure.Unit.VICTIMS, s, "SELECT (SELECT count(*) FROM incident i JOIN victim v ON v.incident_id = i.id" + where(s)
                + " AND " + COUNTED_VICTIM + ") + (SELECT coalesce(sum(a.unrecorded_victims), 0) FROM incident i" + ACTS + where(s) + ")");
    }

    Map<String, Long> incidentsBy(Dimension d, PeriodScope s) {
        if (summarised(Figure.Unit.INCIDENTS, d, s)) {
            return counts(s, StatisticsSummaryStore.grouped(Figure.Unit.INCIDENTS, d, s));
        }
        return switch (d) {
            case REGION, CERCLE, STATUS -> counts(s, grouped(d.column, "count(*)", "FROM incident i" + where(s)));
            case ACT_TYPE -> counts(s, grouped(d.column, "count(DISTINCT i.id)", "FROM incident i" + ACTS + where(s)));
            case PERPETRATOR -> counts(s, grouped(d.column, "count(DISTINCT i.id)", "FROM incident i" + ACTS + PERPETRATORS + where(s)));
            default -> throw new IllegalArgumentException("incidents are not counted by " + d);
        };
    }

    Map<String, Long> actsBy(Dimension d, PeriodScope s) {
        if (d.ofVictim()) {
            throw new IllegalArgumentException("acts are not counted by " + d);
        }
        if (summarised(Figure.Unit.ACTS, d, s)) {
            return counts(s, StatisticsSummaryStore.grouped(Figure.Unit.ACTS, d, s));
        }
        return d == Dimension.PERPETRATOR
                ? counts(s, grouped(d.column, "count(DISTINCT a.id)", "FROM incident i" + ACTS + PERPETRATORS + where(s)))
                : counts(s, grouped(d.column, "count(*)", "FROM incident i" + ACTS + where(s)));
    }

    /**
     * Victims by {@code d}: recorded victims counted in published figures, each once per value (a victim of two
     * acts of one type is counted once for it), plus unrecorded victims of the acts; these have no sex or age, so
     * they are counted as unknown.
     */
    Map<String, Long> victimsBy(Dimension d, PeriodScope s) {
        if (summarised(Figure.Unit.VICTIMS, d, s)) {
            return counts(s, StatisticsSummaryStore.grouped(Figure.Unit.VICTIMS, d, s));
        }
        String recorded;
        String unrecorded;
        if (d.ofIncident() || d.ofVictim()) {
            recorded = grouped(d.column, "count(*)", "FROM incident i JOIN victim v ON v.incident_id = i.id" + where(s)
                    + " AND " + COUNTED_VICTIM);
            unrecorded = grouped(d.ofVictim() ? "'" + UNKNOWN + "'" : d.column, "sum(a.unrecorded_victims)",
                    "FROM incident i" + ACTS + where(s));
        } else {
            String join = d == Dimension.PERPETRATOR ? ACTS + PERPETRATORS : ACTS;
            recorded = grouped(d.column, "count(DISTINCT va.victim_id)", "FROM incident i" + join
                    + " JOIN victim_act va ON va.act_id = a.id JOIN victim v ON v.id = va.victim_id" + where(s) + " AND " + COUNTED_VICTIM);
            // An act with two perpetrators of one category counts its unrecorded victims once for it.
            unrecorded = grouped("u.code", "sum(u.n)", "FROM (SELECT DISTINCT a.id, " + d.column + " AS code, "
                    + "a.unrecorded_victims AS n FROM incident i" + join + where(s) + " AND a.unrecorded_victims > 0) u");
        }
        return counts(s, recorded + " UNION ALL " + unrecorded);
    }

    /**
     * Child victims of acts of {@code types}: recorded victims counted in published figures, in a child age group
     * or the category child, each once, plus the unrecorded victims of acts of {@code childTypes}, whose very type says that the
     * victim is a child.
     */
    long childVictims(List<String> types, List<String> childTypes, List<String> childAgeGroups, PeriodScope s) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT (SELECT count(DISTINCT va.victim_id) FROM incident i" + ACTS
                        + " JOIN victim_act va ON va.act_id = a.id JOIN victim v ON v.id = va.victim_id" + where(s)
                        + " AND a.act_type = ANY(:types) AND (v.age_group = ANY(:childGroups) OR 'child' = ANY(v.categories)) AND "
                        + COUNTED_VICTIM + ") + "
                        + "(SELECT coalesce(sum(a.unrecorded_victims), 0) FROM incident i" + ACTS + where(s)
                        + " AND a.act_type = ANY(:childTypes))"), s)
                .bindArray("types", String.class, types).bindArray("childTypes", String.class, childTypes)
                .bindArray("childGroups", String.class, childAgeGroups).mapTo(Long.class).one());
    }

    /** Incidents with at least one act of {@code types}. */
    long incidentsWithActs(List<String> types, PeriodScope s) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT count(DISTINCT i.id) FROM incident i" + ACTS + where(s)
                + " AND a.act_type = ANY(:types)"), s).bindArray("types", String.class, types).mapTo(Long.class).one());
    }

    /** For each calendar month the period touches: closures open at its end, closures begun in it. */
    List<Month> closuresByMonth(PeriodScope s) {
        String closures = "SELECT c.closed_on, c.reopened_on FROM school_closure c JOIN school sc ON sc.id = c.school_id"
                + " WHERE c.verification = ANY(:statuses)" + schoolPlace(s);
        String sql = "WITH c AS (" + closures + "), m AS (SELECT d::date AS first, "
                + "greatest(d::date, :from) AS start, least((d + interval '1 month - 1 day')::date, :to) AS last "
                + "FROM generate_series(date_trunc('month', :from::date), :to::date, interval '1 month') d) "
                + "SELECT m.first, (SELECT count(*) FROM c WHERE c.closed_on <= m.last AND (c.reopened_on IS NULL OR c.reopened_on > m.last)), "
                + "(SELECT count(*) FROM c WHERE c.closed_on BETWEEN m.start AND m.last) FROM m ORDER BY m.first";
        return jdbi.withHandle(h -> bind(h.createQuery(sql), s)
                .map((rs, ctx) -> new Month(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3))).list());
    }

    /** Closures still open at the end of the period, by the school's region. */
    Map<String, Long> openClosuresByRegion(PeriodScope s) {
        return counts(s, grouped("sc.region", "count(*)", "FROM school_closure c JOIN school sc ON sc.id = c.school_id "
                + "WHERE c.verification = ANY(:statuses) AND c.closed_on <= :to AND (c.reopened_on IS NULL OR c.reopened_on > :to)"
                + schoolPlace(s)));
    }

    Map<String, Long> proceedingsByStage() {
        return counts(null, grouped("stage", "count(*)", "FROM proceeding"));
    }

    Map<String, Long> claimsByStatus() {
        return counts(null, grouped("status", "count(*)", "FROM reparation_claim"));
    }

    /** Recommendations still open: a commitment dropped from a later version of its text no longer counts. */
    private static final String OPEN = "dropped_in IS NULL AND (state IS NULL OR CAST(:state AS text) IS NULL OR state = CAST(:state AS text))";

    Map<String, Long> recommendationsByStatus() {
        return counts(null, grouped("status", "count(*)", "FROM recommendation WHERE " + OPEN));
    }

    Map<String, Long> recommendationsByMechanism() {
        return counts(null, grouped("mechanism", "count(*)", "FROM recommendation WHERE " + OPEN));
    }

    Map<String, Long> recommendationsByTheme() {
        return counts(null, grouped("t", "count(*)", "FROM recommendation, unnest(themes) t WHERE " + OPEN));
    }

    long recommendations() {
        return one(null, "SELECT count(*) FROM recommendation WHERE " + OPEN);
    }

    /** Recommendations assigned to each institution, with its names. */
    List<Figure.Row> assignmentsByInstitution() {
        return jdbi.withHandle(h -> h.createQuery("SELECT n.code, n.name_en, n.name_fr, count(*) FROM recommendation_assignment ra "
                        + "JOIN institution n ON n.id = ra.institution_id GROUP BY n.code, n.name_en, n.name_fr ORDER BY count(*) DESC, n.code")
                .map((rs, ctx) -> new Figure.Row(rs.getString(1), new Label(rs.getString(2), rs.getString(3)), rs.getLong(4))).list());
    }

    private static String where(PeriodScope s) {
        return " WHERE i.date_start BETWEEN :from AND :to AND i.verification_status = ANY(:statuses)" + incidentPlace(s);
    }

    private static String incidentPlace(PeriodScope s) {
        if (s.place() == null) {
            return "";
        }
        return switch (s.place().level()) {
            case REGION -> " AND i.adm1_pcode = :place";
            case CERCLE -> " AND i.adm2_pcode = :place";
            case COMMUNE -> " AND i.adm3_pcode = :place";
        };
    }

    private static String schoolPlace(PeriodScope s) {
        if (s.place() == null) {
            return "";
        }
        return s.place().level() == AdminLevel.COMMUNE ? " AND sc.pcode = :place"
                : s.place().level() == AdminLevel.CERCLE ? " AND sc.cercle = :place" : " AND sc.region = :place";
    }

    private static Query bind(Query q, PeriodScope s) {
        if (s == null) {
            return q;
        }
        q.bind("from", s.from()).bind("to", s.to()).bindArray("statuses", String.class, s.statusCodes());
        if (s.place() != null) {
            q.bind("place", s.place().value());
        }
        return q;
    }

    private long one(PeriodScope s, String sql) {
        return jdbi.withHandle(h -> ofState(bind(h.createQuery(sql), s), sql).mapTo(Long.class).one());
    }

    /** Binds the State whose recommendations count, when {@code sql} counts recommendations. */
    private Query ofState(Query q, String sql) {
        return sql.contains(":state") ? q.bind("state", state) : q;
    }

    /** One count per value of {@code column}: {@code SELECT column AS code, count AS n FROM ... GROUP BY 1}. */
    private static String grouped(String column, String count, String fromWhere) {
        return "SELECT " + column + " AS code, " + count + " AS n " + fromWhere + " GROUP BY 1";
    }

    /** Adds up the (code, n) rows {@code sql} selects by code, largest first; a missing code is "unknown". */
    private Map<String, Long> counts(PeriodScope s, String sql) {
        return jdbi.withHandle((Handle h) -> {
            Map<String, Long> out = new LinkedHashMap<>();
            ofState(bind(h.createQuery("SELECT coalesce(g.code, '" + UNKNOWN + "'), sum(g.n)::bigint FROM (" + sql
                            + ") g GROUP BY 1 HAVING sum(g.n) > 0 ORDER BY 2 DESC, 1"), s), sql)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }
}
