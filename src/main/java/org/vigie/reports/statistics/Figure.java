package org.vigie.reports.statistics;

import java.util.List;
import java.util.Objects;
import org.vigie.observatory.vocabulary.Label;

/**
 * One table of counts that says what it counts: its {@code id} (also the message key
 * {@code reports.figure.<id>} of its title), the {@link Unit} counted, and either the {@link PeriodScope}
 * it covers (period, place, verification statuses) or, when {@code scope} is null, that it is the state
 * of the registers when the figure was made. {@code additive} says whether the rows add up to
 * {@code total} (every record in exactly one row) or may overlap (an incident with two act types is
 * in two rows, once in the total); {@code total} is null when no total means anything (the six grave
 * violations, counted in different units).
 */
public record Figure(String id, Unit unit, PeriodScope scope, List<Row> rows, Long total, boolean additive) {

    /** What the numbers of a figure count. */
    public enum Unit {
        INCIDENTS, ACTS, VICTIMS, SCHOOL_CLOSURES, PROCEEDINGS, REPARATION_CLAIMS, RECOMMENDATIONS, ASSIGNMENTS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row: a stored code (a P-code, an act type, {@code female}), its label in both languages, its count. */
    public record Row(String code, Label label, long count) {
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative: " + code);
            }
        }
    }

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
        if (additive && (total == null || rows.stream().mapToLong(Row::count).sum() != total)) {
            throw new IllegalArgumentException(id + ": the rows of an additive figure add up to its total");
        }
    }

    /** An additive figure: its total is the sum of its rows. */
    public static Figure additive(String id, Unit unit, PeriodScope scope, List<Row> rows) {
        return new Figure(id, unit, scope, rows, rows.stream().mapToLong(Row::count).sum(), true);
    }

    /** Whether this figure counts victims, so that it says which ones ({@code reports.figure.victims_counted}). */
    public boolean ofVictims() {
        return unit == Unit.VICTIMS;
    }

    /** Whether this figure is the state at generation time rather than counts over a period. */
    public boolean atGeneration() {
        return scope == null;
    }

    /** The message key of the figure's title. */
    public String titleKey() {
        return "reports.figure." + id;
    }
}
