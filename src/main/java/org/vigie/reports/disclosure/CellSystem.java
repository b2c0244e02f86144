package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.reports.statistics.StatTable;

/**
 * Tables published together, seen as what a reader can add up: one variable per cell and margin, and one
 * equation per row and column (cells minus their total equal zero), plus the inequalities of overlapping
 * lists (a row is at most its total) and the least value a reader knows a "&lt;5" has. Tables that share
 * their rows share the row totals and the grand total; breakdowns of one population share its total: one
 * variable each, so a reader's sums across tables are equations of this system too.
 */
final class CellSystem {
    private final List<StatTable> tables;
    private final int[][][] variable;
    private final List<Long> values = new ArrayList<>();
    private final List<Boolean> margins = new ArrayList<>();
    private final List<Long> floors = new ArrayList<>();
    private final List<int[]> equations;
    /** Lines (parts..., whole): the parts add up to at most the whole (a row and its total; cercles and their region). */
    private final List<int[]> atMost = new ArrayList<>();
    /** Lines (parts..., whole) whose parts add up to at least the whole. */
    private final List<int[]> atLeast = new ArrayList<>();

    /** Two-way tables that break down the same rows, every cell listed (a "&lt;5" is 0 to 4). */
    CellSystem(List<StatTable> tables) {
        this.tables = List.copyOf(tables);
        int rows = this.tables.get(0).rows();
        variable = new int[this.tables.size()][][];
        int[] shared = new int[rows + 1];
        for (int r = 0; r <= rows; r++) {
            shared[r] = add(this.tables.get(0).withMargins(r, this.tables.get(0).columns()), true, 0);
        }
        for (int k = 0; k < this.tables.size(); k++) {
            StatTable t = this.tables.get(k);
            variable[k] = new int[rows + 1][t.columns() + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < t.columns(); c++) {
                    variable[k][r][c] = add(t.withMargins(r, c), r == rows, 0);
                }
                variable[k][r][t.columns()] = shared[r];
            }
        }
        equations = lines().stream().map(line -> line.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * One-column breakdowns of populations: each row is one variable (its cell and its row total alike),
     * each population's total one variable shared by all its breakdowns.
     *
     * @throws InvalidInput on field {@code total} when two breakdowns of one population differ in total
     */
    static CellSystem ofBreakdowns(List<Breakdown> breakdowns) {
        return new CellSystem(breakdowns.toArray(Breakdown[]::new));
    }

    private CellSystem(Breakdown[] list) {
        List<Breakdown> breakdowns = List.of(list);
        tables = breakdowns.stream().map(Breakdown::table).toList();
        variable = new int[tables.size()][][];
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Long> totalValues = new HashMap<>();
        List<int[]> eqs = new ArrayList<>();
        for (int k = 0; k < breakdowns.size(); k++) {
            Breakdown b = breakdowns.get(k);
            Long known = totalValues.putIfAbsent(b.population(), b.total());
            if (known != null && known != b.total()) {
                throw new InvalidInput("total", "reports.suppression.rows_differ");
            }
            int total = totals.computeIfAbsent(b.population(), p -> add(b.total(), true, 0));
            int rows = b.table().rows();
            variable[k] = new int[rows + 1][2];
            int[] line = new int[rows + 1];
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                long value = b.table().count(r, 0);
                sum += value;
                line[r] = add(value, false, b.rowFloor());
                variable[k][r][0] = line[r];
                variable[k][r][1] = line[r];
                if (!b.additive()) {
                    atMost.add(new int[] {line[r], total});
                }
            }
            line[rows] = total;
            variable[k][rows][0] = total;
            variable[k][rows][1] = total;
            if (b.additive()) {
                eqs.add(line);
            } else if (sum >= b.total()) {
                atLeast.add(line);
            }
        }
        equations = List.copyOf(eqs);
        nest(breakdowns);
    }

    /**
     * What a reader knows from the gazetteer: the cercles of a region (P-codes ML0501... under ML05) count part
     * of its members, so their rows add up to at most the region's row (the rest are members whose cercle is
     * unknown). With the lists' totals, that is exact: when no cercle is unknown, each region is its cercles' sum.
     */
    private void nest(List<Breakdown> breakdowns) {
        for (int outer = 0; outer < breakdowns.size(); outer++) {
            for (int inner = 0; inner < breakdowns.size(); inner++) {
                if (outer == inner || !breakdowns.get(outer).additive() || !breakdowns.get(inner).additive()) {
                    continue;
                }
                StatTable whole = breakdowns.get(outer).table();
                StatTable parts = breakdowns.get(inner).table();
                for (int r = 0; r < whole.rows(); r++) {
                    String region = whole.rowLabels().get(r);
                    if (!region.matches("ML\\d{2}")) {
                        continue;
                    }
                    List<Integer> line = new ArrayList<>();
                    for (int c = 0; c < parts.rows(); c++) {
                        String cercle = parts.rowLabels().get(c);
                        if (cercle.length() == region.length() + 2 && cercle.startsWith(region) && cercle.matches("ML\\d{4}")) {
                            line.add(variable[inner][c][0]);
                        }
                    }
                    if (!line.isEmpty()) {
                        line.add(variable[outer][r][0]);
                        atMost.add(line.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
        }
    }

    private int add(long value, boolean isMargin, long floor) {
        values.add(value);
        margins.add(isMargin);
        floors.add(floor);
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
        return values.size();
    }

    long value(int var) {
        return values.get(var);
    }

    boolean isMargin(int var) {
        return margins.get(var);
    }

    /** The least value a reader knows this count has when it is shown as "&lt;5". */
    long floor(int var) {
        return floors.get(var);
    }

    /** Equations as variable lists: the last is the total, the others its parts. */
    List<int[]> equations() {
        return equations;
    }

    /** Pairs (part, whole) of overlapping lists: the part is at most the whole. */
    List<int[]> atMost() {
        return atMost;
    }

    /** Lines (parts..., whole) of overlapping lists whose parts add up to at least the whole. */
    List<int[]> atLeast() {
        return atLeast;
    }

    int variable(int table, int row, int column) {
        return variable[table][row][column];
    }

    List<StatTable> tables() {
        return tables;
    }
}
