package org.vigie.reports.documents;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A narrative written for another report of the same section and language, offered for reuse when the period or
 * the region changes and the section would otherwise be empty. Nearest first: a region or a theme of its own
 * weighs as much as a year or two of period apart, so that last quarter's text for the same region comes before
 * this quarter's text for another region.
 */
public record NearbyNarrative(ReportRequest scope, String text) {
    static final int OFFERED = 3;
    private static final long REGION_APART = 400;
    private static final long THEME_APART = 800;

    /** The nearest narratives to {@code r} among {@code byScopeKey}, its own scope left out. */
    static List<NearbyNarrative> nearest(ReportRequest r, Map<String, String> byScopeKey) {
        return byScopeKey.entrySet().stream().filter(e -> !e.getKey().equals(r.scopeKey()))
                .flatMap(e -> scope(e.getKey(), r).map(s -> new NearbyNarrative(s, e.getValue())).stream())
                .sorted(Comparator.comparingLong((NearbyNarrative n) -> n.distance(r)).thenComparing(n -> n.scope().from()))
                .limit(OFFERED).toList();
    }

    long distance(ReportRequest r) {
        return Math.abs(ChronoUnit.DAYS.between(scope.from(), r.from())) + Math.abs(ChronoUnit.DAYS.between(scope.to(), r.to()))
                + (Objects.equals(scope.region(), r.region()) ? 0 : REGION_APART)
                + (Objects.equals(scope.theme(), r.theme()) ? 0 : THEME_APART);
    }

    /** The report a scope key names ({@link ReportRequest#scopeKey}), in {@code r}'s language; none if it cannot be read. */
    private static Optional<ReportRequest> scope(String key, ReportRequest r) {
        String[] parts = key.split("_", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportRequest.parse(parts[0], parts[1], "MLI".equals(parts[2]) ? null : parts[2],
                    "all".equals(parts[3]) ? null : parts[3], r.lang().code()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
