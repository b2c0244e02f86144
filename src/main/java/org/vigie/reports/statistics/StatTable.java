package org.vigie.reports.statistics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.reports.disclosure.Suppression;
import org.vigie.reports.documents.ReportPeriod;

/**
 * A two-way table of counts as a statistics query returns it, before any disclosure control: what it
 * counts ("victims", "incidents"), over which period, from which verification statuses, and a count for
 * every row and column label. The table is additive: each thing counted falls in exactly one cell, so the
 * totals are the sums of the cells. {@link Suppression} decides what of it may be published.
 */
public record StatTable(String counts, ReportPeriod period, Set<VerificationStatus> statuses,
        List<String> rowLabels, List<String> columnLabels, long[][] cells) {

    public StatTable {
        if (counts == null || counts.isBlank()) {
            throw new InvalidInput("counts", "reports.table.counts_missing");
        }
        Objects.requireNonNull(period, "period");
        if (statuses == null || statuses.isEmpty()) {
            throw new InvalidInput("statuses", "reports.table.statuses_missing");
        }
        statuses = Set.copyOf(EnumSet.copyOf(statuses));
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (rowLabels.isEmpty() || columnLabels.isEmpty()) {
            throw new InvalidInput("cells", "reports.table.empty");
        }
        cells = copy(cells, rowLabels.size(), columnLabels.size());
    }

    private static long[][] copy(long[][] cells, int rows, int columns) {
        if (cells == null || cells.length != rows) {
            throw new InvalidInput("cells", "reports.table.shape", rows, columns);
        }
        long[][] copy = new long[rows][];
        for (int r = 0; r < rows; r++) {
            if (cells[r] == null || cells[r].length != columns) {
                throw new InvalidInput("cells", "reports.table.shape", rows, columns);
            }
            for (long count : cells[r]) {
                if (count < 0) {
                    throw new InvalidInput("cells", "reports.table.negative", count);
                }
            }
            copy[r] = cells[r].clone();
        }
        return copy;
    }

    /** A copy: the table cannot be changed through it. */
    @Override
    public long[][] cells() {
        long[][] copy = new long[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            copy[r] = cells[r].clone();
        }
        return copy;
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    public long count(int row, int column) {
        return cells[row][column];
    }

    public long rowTotal(int row) {
        return Arrays.stream(cells[row]).sum();
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : cells) {
            sum += row[column];
        }
        return sum;
    }

    public long grandTotal() {
        return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
    }

    /**
     * A cell of the table with its margins: {@code row == rows()} is the row of column totals,
     * {@code column == columns()} the column of row totals, both the grand total.
     */
    public long withMargins(int row, int column) {
        boolean totalRow = row == rows();
        boolean totalColumn = column == columns();
        if (totalRow && totalColumn) {
            return grandTotal();
        }
        if (totalRow) {
            return columnTotal(column);
        }
        return totalColumn ? rowTotal(row) : count(row, column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatTable t && counts.equals(t.counts) && period.equals(t.period)
                && statuses.equals(t.statuses) && rowLabels.equals(t.rowLabels)
                && columnLabels.equals(t.columnLabels) && Arrays.deepEquals(cells, t.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, period, statuses, rowLabels, columnLabels, Arrays.deepHashCode(cells));
    }

    @Override
    public String toString() {
        return "StatTable[" + counts + ", " + period + ", " + rowLabels + " x " + columnLabels + ", "
                + Arrays.deepToString(cells) + "]";
    }
}
