package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.reports.statistics.StatTable;

/**
 * Tables published together, seen as what a reader can add up: one variable per cell and margin, and one
 * equation per row and column (cells minus their total equal zero). Tables that share their rows share the
 * row totals and the grand total: one variable each, so a reader's sums across the two tables are equations
 * of this system too.
 */
final class CellSystem {
    private final List<StatTable> tables;
    private final int[][][] variable;
    private final long[] values;
    private final boolean[] margin;
    private final List<int[]> equations;

    CellSystem(List<StatTable> tables) {
        this.tables = List.copyOf(tables);
        int rows = this.tables.get(0).rows();
        variable = new int[this.tables.size()][][];
        List<Long> vals = new ArrayList<>();
        List<Boolean> margins = new ArrayList<>();
        int[] shared = new int[rows + 1];
        for (int r = 0; r <= rows; r++) {
            shared[r] = add(vals, margins, this.tables.get(0).withMargins(r, this.tables.get(0).columns()), true);
        }
        for (int k = 0; k < this.tables.size(); k++) {
            StatTable t = this.tables.get(k);
            variable[k] = new int[rows + 1][t.columns() + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < t.columns(); c++) {
                    variable[k][r][c] = add(vals, margins, t.withMargins(r, c), r == rows);
                }
                variable[k][r][t.columns()] = shared[r];
            }
        }
        values = vals.stream().mapToLong(Long::longValue).toArray();
        margin = new boolean[margins.size()];
        for (int i = 0; i < margin.length; i++) {
            margin[i] = margins.get(i);
        }
        equations = lines().stream().map(line -> line.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int add(List<Long> values, List<Boolean> margins, long value, boolean isMargin) {
        values.add(value);
        margins.add(isMargin);
        return values.size() - 1;
    }

    /** Each equation lists its variables, the last one being the total the others add up to. */
    private Set<List<Integer>> lines() {
        Set<List<Integer>> set = new LinkedHashSet<>();
        for (int k = 0; k < tables.size(); k++) {
            int rows = tables.get(k).rows();
            int columns = tables.get(k).columns();
            for (int r = 0; r <= rows; r++) {
                List<Integer> line = new ArrayList<>();
                for (int c = 0; c <= columns; c++) {
                    line.add(variable[k][r][c]);
                }
                set.add(line);
            }
            for (int c = 0; c <= columns; c++) {
                List<Integer> line = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                    line.add(variable[k][r][c]);
                }
                set.add(line);
            }
        }
        return set;
    }

    int size() {
        return values.length;
    }

    long value(int var) {
        return values[var];
    }

    boolean isMargin(int var) {
        return margin[var];
    }

    /** Equations as variable lists: the last is the total, the others its parts. */
    List<int[]> equations() {
        return equations;
    }

    int variable(int table, int row, int column) {
        return variable[table][row][column];
    }

    List<StatTable> tables() {
        return tables;
    }
}
