package org.vigie.tracker.followup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.StatusCounts;

/** SQL for the tracker's counts: recommendations by status, grouped by institution or by theme. */
public final class DashboardStore {
    private final Jdbi jdbi;

    public DashboardStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Assigned recommendations by institution and status; {@code scope} keeps one institution (null: all). */
    List<StatusCounts> byInstitution(Long scope) {
        return grouped("SELECT i.code AS grp, r.status, count(*) AS n FROM recommendation_assignment a "
                + "JOIN recommendation r ON r.id = a.recommendation_id JOIN institution i ON i.id = a.institution_id "
                + (scope == null ? "" : "WHERE a.institution_id = :scope ") + "GROUP BY 1, 2 ORDER BY 1", scope);
    }

    /** Recommendations by theme and status (one recommendation counts under each of its themes). */
    List<StatusCounts> byTheme(Long scope) {
        return grouped("SELECT t AS grp, r.status, count(*) AS n FROM recommendation r CROSS JOIN LATERAL unnest(r.themes) AS t "
                + (scope == null ? "" : "WHERE r.id IN (SELECT recommendation_id FROM recommendation_assignment WHERE institution_id = :scope) ")
                + "GROUP BY 1, 2 ORDER BY 1", scope);
    }

    private List<StatusCounts> grouped(String sql, Long scope) {
        Map<String, Map<Status, Long>> groups = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            var q = h.createQuery(sql);
            if (scope != null) {
                q.bind("scope", scope);
            }
            q.map((rs, ctx) -> new Object[] {rs.getString("grp"), Status.parse("status", rs.getString("status")), rs.getLong("n")})
                    .forEach(row -> groups.computeIfAbsent((String) row[0], k -> new EnumMap<>(Status.class))
                            .put((Status) row[1], (Long) row[2]));
        });
        List<StatusCounts> out = new ArrayList<>();
        groups.forEach((g, counts) -> out.add(new StatusCounts(g, counts)));
        return out;
    }

    /** An institution's reports in one state (every institution's when {@code institutionId} is null), newest first. */
    public List<ProgressReport> reports(Long institutionId, ProgressReport.State state, int limit) {
        return jdbi.withHandle(h -> h.createQuery(FollowUpStore.REPORT + "WHERE p.state = :s "
                        + (institutionId == null ? "" : "AND p.institution_id = :i ")
                        + "ORDER BY coalesce(p.decided_at, p.submitted_at) DESC, p.id DESC LIMIT :limit")
                .bind("i", institutionId).bind("s", state.code()).bind("limit", limit).map(FollowUpStore::row).list());
    }
}
