package org.vigie.reports.disclosure;

import java.util.Objects;
import org.vigie.errors.InvalidInput;
import org.vigie.reports.statistics.StatTable;

/**
 * One published list of counts of a population (victims of 2025, incidents of 2025) by one dimension:
 * a one-column {@link StatTable} of its rows, the population's total, and what a reader knows of its rows.
 * {@code additive}: every member of the population is in exactly one row, so the rows add up to the total;
 * otherwise a member may be in several rows (an incident with two act types), so each row is at most the
 * total and, when the true rows do add up to at least the total, the reader is assumed to know it.
 * {@code zerosListed}: every category is listed, zero included, so a "&lt;5" is 0 to 4; otherwise only
 * categories with members are listed and a "&lt;5" is 1 to 4. Breakdowns of the same population share
 * their total: {@link Suppression#protectBreakdowns} protects them as one system.
 */
public record Breakdown(String population, StatTable table, long total, boolean additive, boolean zerosListed) {

    public Breakdown {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(table, "table");
        if (table.columns() != 1) {
            throw new InvalidInput("table", "reports.suppression.one_column");
        }
        if (additive && table.grandTotal() != total) {
            throw new InvalidInput("total", "reports.suppression.rows_differ");
        }
    }

    /** The least value a reader knows a row shown as "&lt;5" has. */
    long rowFloor() {
        return zerosListed ? 0 : 1;
    }
}
