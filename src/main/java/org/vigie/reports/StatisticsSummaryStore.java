package org.vigie.reports;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.observatory.AdminLevel;
import org.vigie.reports.StatisticsStore.Dimension;

/**
 * The statistics summary ({@code V017__statistics_summary.sql}): counts of incidents, acts and victims by month,
 * status, region, cercle and code, which triggers mark stale by month and {@link #refresh} counts again. It
 * answers a figure exactly as {@link StatisticsStore}'s own query would when the period is made of whole months
 * and the place is all of Mali, a region or a cercle ({@link #covers}); the test {@code StatisticsSummaryTest}
 * holds the two to the same tables.
 */
final class StatisticsSummaryStore {
    /** Serialises refreshes, so that two readers never count the same month into the summary twice. */
    private static final long REFRESH_LOCK = 0x5669_6769_6553_756dL;
    private final Jdbi jdbi;

    StatisticsSummaryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether the summary answers {@code unit} by {@code d} over {@code s}. */
    static boolean covers(Figure.Unit unit, Dimension d, PeriodScope s) {
        boolean wholeMonths = s.from().getDayOfMonth() == 1 && s.to().equals(s.to().withDayOfMonth(s.to().lengthOfMonth()));
        boolean place = s.place() == null || s.place().level() != AdminLevel.COMMUNE;
        boolean dimension = switch (unit) {
            case INCIDENTS -> d.ofIncident();
            case ACTS -> d.ofIncident() || d == Dimension.ACT_TYPE;
            case VICTIMS -> d.ofIncident() || d.ofVictim();
            default -> false;
        };
        return wholeMonths && place && dimension;
    }

    /**
     * The (code, n) rows of {@code unit} by {@code d}, as {@link StatisticsStore}'s grouped queries select them,
     * over the summary; the same parameters ({@code :from}, {@code :to}, {@code :statuses}, {@code :place}).
     */
    static String grouped(Figure.Unit unit, Dimension d, PeriodScope s) {
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

    private static String select(String by, String kinds, PeriodScope s) {
        String place = s.place() == null ? "" : s.place().level() == AdminLevel.REGION ? " AND adm1 = :place" : " AND adm2 = :place";
        return "SELECT " + by + " AS code, sum(n) AS n FROM statistics_summary WHERE kind IN (" + kinds + ")"
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
        h.createUpdate("INSERT INTO statistics_summary (month, status, adm1, adm2, kind, code, n) "
                        + "WITH i AS (SELECT i.id, m.first AS month, i.verification_status AS status, i.adm1_pcode AS adm1, "
                        + "i.adm2_pcode AS adm2 FROM unnest(CAST(:months AS date[])) m(first) JOIN incident i "
                        + "ON i.date_start >= m.first AND i.date_start < (m.first + interval '1 month')::date) "
                        + "SELECT month, status, adm1, adm2, 'incidents', '', count(*) FROM i GROUP BY 1, 2, 3, 4 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'acts', a.act_type, count(*) FROM i "
                        + "JOIN incident_act a ON a.incident_id = i.id GROUP BY 1, 2, 3, 4, 6 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'unrecorded', '', sum(a.unrecorded_victims) FROM i "
                        + "JOIN incident_act a ON a.incident_id = i.id GROUP BY 1, 2, 3, 4 HAVING sum(a.unrecorded_victims) > 0 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'victims_sex', v.sex, count(*) FROM i "
                        + "JOIN victim v ON v.incident_id = i.id GROUP BY 1, 2, 3, 4, 6 "
                        + "UNION ALL SELECT month, status, adm1, adm2, 'victims_age', v.age_group, count(*) FROM i "
                        + "JOIN victim v ON v.incident_id = i.id GROUP BY 1, 2, 3, 4, 6")
                .bindArray("months", String.class, months).execute();
    }
}
