package org.vigie.reports.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.reports.statistics.StatisticsStore.Dimension;

/**
 * The statistics summaries, which triggers mark stale by month and {@link #refresh} counts again:
 * {@code statistics_summary} ({@code V017}) by month, status, region, cercle and code, and
 * {@code statistics_national} ({@code V019}) by month, status and code for all of Mali, each figure's rows merged,
 * so that the public statistics page reads a few hundred rows. They answer a figure exactly as
 * {@link StatisticsStore}'s own query would when the period is made of whole months and the place is all of Mali,
 * a region or a cercle ({@link #covers}); the test {@code StatisticsSummaryTest} holds them to the same tables.
 * Victims are those published figures count ({@link StatisticsStore#COUNTED_VICTIM}).
 */
final class StatisticsSummaryStore {
    /** Serialises refreshes, so that two readers never count the same month into the summary twice. */
    private static final long REFRESH_LOCK = 0x5669_6769_6553_756dL;
    private final Jdbi jdbi;

    StatisticsSummaryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether a summary answers {@code unit} by {@code d} over {@code s}. */
    static boolean covers(Figure.Unit unit, Dimension d, PeriodScope s) {
        boolean place = s.place() == null || s.place().level() != AdminLevel.COMMUNE;
        boolean dimension = switch (unit) {
            case INCIDENTS -> d.ofIncident();
            case ACTS -> d.ofIncident() || d == Dimension.ACT_TYPE;
            case VICTIMS -> d.ofIncident() || d.ofVictim();
            default -> false;
        };
        return wholeMonths(s) && place && dimension;
    }

    /** Whether the national summary answers {@code unit} by {@code d} over {@code s}: all of Mali, by neither cercle nor a region's acts. */
    static boolean national(Figure.Unit unit, Dimension d, PeriodScope s) {
        return covers(unit, d, s) && s.place() == null && d != Dimension.CERCLE && !(unit == Figure.Unit.ACTS && d == Dimension.REGION);
    }

    /** Whether a summary answers the total of {@code unit} over {@code s}. */
    static boolean coversTotal(Figure.Unit unit, PeriodScope s) {
        return covers(unit, Dimension.STATUS, s);
    }

    private static boolean wholeMonths(PeriodScope s) {
        return s.from().getDayOfMonth() == 1 && s.to().equals(s.to().withDayOfMonth(s.to().lengthOfMonth()));
    }

    /**
     * The (code, n) rows of {@code unit} by {@code d}, as {@link StatisticsStore}'s grouped queries select them,
     * over a summary; the same parameters ({@code :from}, {@code :to}, {@code :statuses}, {@code :place}).
     */
    static String grouped(Figure.Unit unit, Dimension d, PeriodScope s) {
        if (national(unit, d, s)) {
            String by = d == Dimension.STATUS ? "status" : "code";
            String kind = switch (unit) {
                case INCIDENTS -> "incidents_adm1";
                case ACTS -> "acts";
                default -> d == Dimension.SEX ? "victims_sex" : d == Dimension.AGE_GROUP ? "victims_age" : "victims_adm1";
            };
            return "SELECT " + by + " AS code, sum(n) AS n FROM statistics_national WHERE kind = '" + kind + "'"
                    + " AND month BETWEEN :from AND :to AND status = ANY(:statuses) GROUP BY 1";
        }
        String by = switch (d) {
            case REGION -> "adm1";
            case CERCLE -> "adm2";
            case STATUS -> "status";
            default -> "code";
        };
        return switch (unit) {
            case INCIDENTS -> select(by, "'incidents'", s);
            case ACTS -> select(by, "'acts'", s);
            case VICTIMS -> d.ofVictim()
                    ? select("code", d == Dimension.SEX ? "'victims_sex'" : "'victims_age'", s) + " UNION ALL "
                            + select("'unknown'", "'unrecorded'", s)
                    : select(by, "'victims_sex', 'unrecorded'", s);
            default -> throw new IllegalArgumentException("not in the summary: " + unit);
        };
    }

    /** The total of {@code unit} over {@code s}, as {@link StatisticsStore}'s totals count it, over a summary. */
    static String total(Figure.Unit unit, PeriodScope s) {
        return "SELECT coalesce(sum(g.n), 0) FROM (" + grouped(unit, Dimension.STATUS, s) + ") g";
    }

    private static String select(String by, String kinds, PeriodScope s) {
        String place = s.place() == null ? "" : s.place().level() == AdminLevel.REGION ? " AND adm1 = :place" : " AND adm2 = :place";
        return "SELECT " + by + " AS code, sum(n) AS n FROM statistics_summary WHERE kind IN (" + kinds + ") AND counted"
                + " AND month BETWEEN :from AND :to AND status = ANY(:statuses)" + place + " GROUP BY 1";
    }

    /** Counts again every month a write marked stale since the last refresh; nothing to do is one cheap query. */
    void refresh() {
        boolean stale = jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM statistics_summary_stale)").mapTo(Boolean.class).one());
        if (stale) {
            jdbi.useTransaction(this::refresh);
        }
    }

    private void refresh(Handle h) {
        h.execute("SELECT pg_advisory_xact_lock(?)", REFRESH_LOCK);
        // Months travel as ISO text: Jdbi has no array type for LocalDate.
        List<String> months = h.createQuery("WITH gone AS (DELETE FROM statistics_summary_stale RETURNING month) "
                + "SELECT DISTINCT month FROM gone ORDER BY 1").mapTo(LocalDate.class).stream().map(LocalDate::toString).toList();
        if (months.isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM statistics_summary WHERE month = ANY(CAST(:months AS date[]))").bindArray("months", String.class, months).execute();
        h.createUpdate("DELETE FROM statistics_national WHERE month = ANY(CAST(:months AS date[]))").bindArray("months", String.class, months).execute();
        h.createUpdate("INSERT INTO statistics_summary (month, status, adm1, adm2, kind, code, counted, n) "
                        + "WITH i AS (SELECT i.id, m.first AS month, i.verification_status AS status, i.adm1_pcode AS adm1, "
                        + "i.adm2_pcode AS adm2 FROM unnest(CAST(:months AS date[])) m(first) JOIN incident i "
                        + "ON i.date_start >= m.first AND i.date_start < (m.first + interval '1 month')::date), "
                        + "v AS (SELECT i.month, i.status, i.adm1, i.adm2, v.sex, v.age_group, " + StatisticsStore.COUNTED_VICTIM
                        + " AS counted FROM i JOIN victim v ON v.incident_id = i.id) "
                        + "SELECT month, status, adm1, adm2, 'incidents', '', true, count(*) FROM i GROUP BY 1, 2, 3, 4 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'acts', a.act_type, true, count(*) FROM i "
                        + "JOIN incident_act a ON a.incident_id = i.id GROUP BY 1, 2, 3, 4, 6 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'unrecorded', '', true, sum(a.unrecorded_victims) FROM i "
                        + "JOIN incident_act a ON a.incident_id = i.id GROUP BY 1, 2, 3, 4 HAVING sum(a.unrecorded_victims) > 0 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'victims_sex', sex, counted, count(*) FROM v GROUP BY 1, 2, 3, 4, 6, 7 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'victims_age', age_group, counted, count(*) FROM v GROUP BY 1, 2, 3, 4, 6, 7")
                .bindArray("months", String.class, months).execute();
        h.createUpdate("INSERT INTO statistics_national (month, status, kind, code, n) "
                        + "WITH s AS (SELECT * FROM statistics_summary WHERE month = ANY(CAST(:months AS date[])) AND counted) "
                        + "SELECT month, status, 'incidents_adm1', adm1, sum(n) FROM s WHERE kind = 'incidents' GROUP BY 1, 2, 4 "
                        + "UNION ALL SELECT month, status, 'acts', code, sum(n) FROM s WHERE kind = 'acts' GROUP BY 1, 2, 4 "
                        + "UNION ALL SELECT month, status, 'victims_adm1', adm1, sum(n) FROM s WHERE kind IN ('victims_sex', 'unrecorded') GROUP BY 1, 2, 4 "
                        + "UNION ALL SELECT month, status, 'victims_sex', code, sum(n) FROM (SELECT month, status, "
                        + "CASE WHEN kind = 'unrecorded' THEN 'unknown' ELSE code END AS code, n FROM s "
                        + "WHERE kind IN ('victims_sex', 'unrecorded')) x GROUP BY 1, 2, 4 "
                        + "UNION ALL SELECT month, status, 'victims_age', code, sum(n) FROM (SELECT month, status, "
                        + "CASE WHEN kind = 'unrecorded' THEN 'unknown' ELSE code END AS code, n FROM s "
                        + "WHERE kind IN ('victims_age', 'unrecorded')) x GROUP BY 1, 2, 4")
                .bindArray("months", String.class, months).execute();
    }
}
