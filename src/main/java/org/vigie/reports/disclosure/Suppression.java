package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.vigie.errors.InvalidInput;
import org.vigie.reports.statistics.StatTable;

/**
 * Disclosure control for published tables. Counts under 5 (cells and totals alike, zero included) are
 * hidden as "&lt;5"; then, as long as a reader could work out a hidden count exactly from what is shown (the other
 * cells, the totals, the bounds that "&lt;5" and "x" imply, and any table published with it that shares its
 * rows), one more count of 5 or more in the same row or column is hidden as "x". The reader's reasoning is
 * done by linear programming ({@link Audit}), so the result holds against every combination of sums, not
 * only the obvious ones. Zeros are hidden too: a shown zero would tell a reader that every "&lt;5" beside it is
 * at least 1, and such bounds add up to pin counts. See docs/reports.md for the method and its limits.
 */
public final class Suppression {
    /** The smallest count shown as is. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** One table with its margins. */
    public static PublishedTable protect(StatTable table) {
        return protectTogether(List.of(table)).get(0);
    }

    /**
     * Tables published side by side that break down the same rows (region by sex and region by age group):
     * they share the row totals, so they are protected as one system and their shared totals are shown or
     * hidden alike.
     *
     * @throws InvalidInput on field {@code tables} when the tables' rows or row totals differ
     */
    public static List<PublishedTable> protectTogether(List<StatTable> tables) {
        if (tables.isEmpty()) {
            throw new InvalidInput("tables", "reports.suppression.no_table");
        }
        StatTable first = tables.get(0);
        for (StatTable t : tables) {
            boolean sameTotals = IntStream.range(0, first.rows()).allMatch(r -> t.rowTotal(r) == first.rowTotal(r));
            if (!t.rowLabels().equals(first.rowLabels()) || !sameTotals) {
                throw new InvalidInput("tables", "reports.suppression.rows_differ");
            }
        }
        CellSystem system = new CellSystem(tables);
        Disclosure[] disclosure = suppress(system);
        List<PublishedTable> published = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            published.add(new PublishedTable(tables.get(k), marks(system, k, disclosure)));
        }
        return published;
    }

    /**
     * Breakdowns of populations published together (victims of a year by region, by sex, by age group and by
     * month; incidents of the year by region): each population's total is one count shared by all its
     * breakdowns, so the whole is protected as one system against the interval attack ({@link Audit}).
     *
     * @throws InvalidInput on field {@code total} when two breakdowns of one population differ in total
     */
    public static List<PublishedTable> protectBreakdowns(List<Breakdown> breakdowns) {
        if (breakdowns.isEmpty()) {
            return List.of();
        }
        // Populations share no count: each is its own, smaller, system.
        Map<String, List<Integer>> byPopulation = new LinkedHashMap<>();
        for (int k = 0; k < breakdowns.size(); k++) {
            byPopulation.computeIfAbsent(breakdowns.get(k).population(), p -> new ArrayList<>()).add(k);
        }
        PublishedTable[] published = new PublishedTable[breakdowns.size()];
        for (List<Integer> members : byPopulation.values()) {
            CellSystem system = CellSystem.ofBreakdowns(members.stream().map(breakdowns::get).toList());
            Disclosure[] disclosure = suppress(system);
            for (int k = 0; k < members.size(); k++) {
                published[members.get(k)] = new PublishedTable(breakdowns.get(members.get(k)).table(), marks(system, k, disclosure));
            }
        }
        return List.of(published);
    }

    /**
     * A table of counts about no person (recommendations by status, theme or institution; texts; actions),
     * published whole: nothing in it can single out a victim, so nothing is suppressed.
     */
    public static PublishedTable aboutNoPerson(StatTable table) {
        Disclosure[][] shown = new Disclosure[table.rows() + 1][table.columns() + 1];
        for (Disclosure[] row : shown) {
            java.util.Arrays.fill(row, Disclosure.SHOWN);
        }
        return new PublishedTable(table, shown);
    }

    static Disclosure[] suppress(CellSystem system) {
        Disclosure[] disclosure = new Disclosure[system.size()];
        for (int v = 0; v < system.size(); v++) {
            long value = system.value(v);
            disclosure[v] = value < THRESHOLD ? Disclosure.SMALL : Disclosure.SHOWN;
        }
        // Hiding one more count only widens every interval (a known number becomes a range), so a count found
        // protected stays protected: each is checked once, and again only the counts newly hidden.
        Audit audit = new Audit(system, disclosure);
        TreeSet<Integer> unchecked = new TreeSet<>();
        IntStream.range(0, system.size()).filter(v -> disclosure[v] != Disclosure.SHOWN).forEach(unchecked::add);
        while (!unchecked.isEmpty()) {
            int v = unchecked.pollFirst();
            while (!audit.isProtected(v)) {
                int hidden = complement(system, disclosure, v);
                disclosure[hidden] = Disclosure.HIDDEN;
                unchecked.add(hidden);
                audit = audit.with(disclosure);
            }
        }
        return disclosure;
    }

    /**
     * The count to hide next: in a row or column where the exposed count is the only one hidden, else in
     * any row or column with a single hidden count (the plain way to recover it), else in the exposed
     * count's rows and columns, else anywhere; a cell before a total, the smallest first.
     */
    private static int complement(CellSystem system, Disclosure[] disclosure, int exposed) {
        List<int[]> all = new ArrayList<>(system.equations());
        all.addAll(system.atLeast());
        all.addAll(system.atMost());
        List<int[]> lines = all.stream().filter(eq -> contains(eq, exposed)).toList();
        List<int[]> alone = lines.stream().filter(eq -> hiddenIn(eq, disclosure) == 1).toList();
        List<int[]> anyAlone = all.stream().filter(eq -> hiddenIn(eq, disclosure) == 1).toList();
        Comparator<Integer> preference = Comparator.<Integer, Boolean>comparing(system::isMargin)
                .thenComparingLong(system::value).thenComparingInt(v -> v);
        for (List<int[]> pool : List.of(alone, anyAlone, lines, all)) {
            var best = pool.stream().flatMapToInt(IntStream::of).boxed()
                    .filter(v -> disclosure[v] == Disclosure.SHOWN)
                    .min(preference);
            if (best.isPresent()) {
                return best.get();
            }
        }
        throw new IllegalStateException("no count left to hide, yet hidden count " + exposed + " (" + system.value(exposed)
                + ") is known within " + new Audit(system, disclosure).interval(exposed) + " of " + system.tables());
    }

    private static boolean contains(int[] equation, int variable) {
        return IntStream.of(equation).anyMatch(v -> v == variable);
    }

    private static long hiddenIn(int[] equation, Disclosure[] disclosure) {
        return IntStream.of(equation).filter(v -> disclosure[v] != Disclosure.SHOWN).count();
    }

    private static Disclosure[][] marks(CellSystem system, int table, Disclosure[] disclosure) {
        StatTable t = system.tables().get(table);
        Disclosure[][] marks = new Disclosure[t.rows() + 1][t.columns() + 1];
        for (int r = 0; r <= t.rows(); r++) {
            for (int c = 0; c <= t.columns(); c++) {
                marks[r][c] = disclosure[system.variable(table, r, c)];
            }
        }
        return marks;
    }
}
