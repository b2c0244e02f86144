package org.vigie.reports.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.vigie.reports.statistics.StatTable;

/**
 * A reader of published tables who tries to recover a suppressed count, written apart from the code under
 * test: it knows every shown count, that each row and column adds up to its total, that tables published
 * together have the same row totals, that "&lt;5" is 0 to 4 and "x" is 5 or more. For a suppressed count it
 * searches, by exhaustive backtracking over whole numbers, for a table consistent with all of that in which
 * the count differs from the truth: interval narrowing over every equation, then splitting the widest
 * interval, down to single whole numbers, so the search is complete. Finding one proves the count is not
 * determined. Hidden counts are searched up to {@code cap}; a cap only narrows the search, so a table
 * found is a valid proof.
 */
final class Reader {
    /** Each count's least and greatest possible value. */
    private final List<long[]> domains = new ArrayList<>();
    private final List<Long> truth = new ArrayList<>();
    private final List<int[]> equations = new ArrayList<>();
    private final List<Integer> suppressed = new ArrayList<>();

    /** Reads tables published together: their true counts are only used to say what "different" means. */
    Reader(List<PublishedTable> published, List<StatTable> truths, long cap) {
        List<int[][]> ids = new ArrayList<>();
        for (int k = 0; k < published.size(); k++) {
            PublishedTable p = published.get(k);
            int[][] id = new int[p.rows() + 1][p.columns() + 1];
            for (int r = 0; r <= p.rows(); r++) {
                for (int c = 0; c <= p.columns(); c++) {
                    id[r][c] = variable(p, r, c, truths.get(k).withMargins(r, c), cap);
                }
            }
            ids.add(id);
            for (int r = 0; r <= p.rows(); r++) {
                int[] eq = new int[p.columns() + 1];
                for (int c = 0; c <= p.columns(); c++) {
                    eq[c] = id[r][c];
                }
                equations.add(eq);
            }
            for (int c = 0; c <= p.columns(); c++) {
                int[] eq = new int[p.rows() + 1];
                for (int r = 0; r <= p.rows(); r++) {
                    eq[r] = id[r][c];
                }
                equations.add(eq);
            }
        }
        for (int k = 1; k < published.size(); k++) {
            for (int r = 0; r <= published.get(0).rows(); r++) {
                // x - y = 0 written as "x adds up to y".
                equations.add(new int[] {ids.get(k)[r][published.get(k).columns()], ids.get(0)[r][published.get(0).columns()]});
            }
        }
    }

    private int variable(PublishedTable p, int r, int c, long trueValue, long cap) {
        long[] domain = switch (p.disclosure(r, c)) {
            case SHOWN -> new long[] {p.count(r, c).orElseThrow(), p.count(r, c).orElseThrow()};
            case SMALL -> new long[] {0, Suppression.THRESHOLD - 1};
            case HIDDEN -> new long[] {Suppression.THRESHOLD, cap};
        };
        domains.add(domain);
        truth.add(trueValue);
        if (p.disclosure(r, c) != Disclosure.SHOWN) {
            suppressed.add(domains.size() - 1);
        }
        return domains.size() - 1;
    }

    List<Integer> suppressed() {
        return suppressed;
    }

    /** True when no consistent table gives this count another value than its true one. */
    boolean determines(int variable) {
        long t = truth.get(variable);
        return !(solvable(bounds(variable, Long.MIN_VALUE, t - 1)) || solvable(bounds(variable, t + 1, Long.MAX_VALUE)));
    }

    private long[][] bounds(int variable, long low, long high) {
        long[][] b = new long[2][domains.size()];
        for (int v = 0; v < domains.size(); v++) {
            long[] d = domains.get(v);
            b[0][v] = d[0];
            b[1][v] = d[1];
        }
        b[0][variable] = Math.max(b[0][variable], low);
        b[1][variable] = Math.min(b[1][variable], high);
        return b;
    }

    /** Whole numbers within the bounds satisfy every equation: narrow the bounds, then split the widest. */
    private boolean solvable(long[][] b) {
        if (!narrow(b)) {
            return false;
        }
        int widest = -1;
        for (int v = 0; v < domains.size(); v++) {
            if (b[1][v] > b[0][v] && (widest < 0 || b[1][v] - b[0][v] > b[1][widest] - b[0][widest])) {
                widest = v;
            }
        }
        if (widest < 0) {
            return true;
        }
        long middle = b[0][widest] + (b[1][widest] - b[0][widest]) / 2;
        long[][] lower = {b[0].clone(), b[1].clone()};
        lower[1][widest] = middle;
        long[][] upper = {b[0].clone(), b[1].clone()};
        upper[0][widest] = middle + 1;
        return solvable(lower) || solvable(upper);
    }

    /**
     * Each equation bounds each of its terms by the others' bounds; repeated until nothing changes.
     * False when some count has no value left.
     */
    private boolean narrow(long[][] b) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] eq : equations) {
                int last = eq.length - 1;
                long partsLow = 0;
                long partsHigh = 0;
                for (int i = 0; i < last; i++) {
                    partsLow += b[0][eq[i]];
                    partsHigh += b[1][eq[i]];
                }
                changed |= tighten(b, eq[last], partsLow, partsHigh);
                for (int i = 0; i < last; i++) {
                    int v = eq[i];
                    long othersLow = partsLow - b[0][v];
                    long othersHigh = partsHigh - b[1][v];
                    changed |= tighten(b, v, b[0][eq[last]] - othersHigh, b[1][eq[last]] - othersLow);
                    partsLow = othersLow + b[0][v];
                    partsHigh = othersHigh + b[1][v];
                }
                for (int v : eq) {
                    if (b[0][v] > b[1][v]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean tighten(long[][] b, int v, long low, long high) {
        boolean changed = false;
        if (low > b[0][v]) {
            b[0][v] = low;
            changed = true;
        }
        if (high < b[1][v]) {
            b[1][v] = high;
            changed = true;
        }
        return changed;
    }
}
