package org.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.observatory.Label;
import org.vigie.reports.PublishedTable.Cell;
import org.vigie.reports.PublishedTable.Mark;

/**
 * What may be published of a figure (issue 6, item 5): counts from 1 to 4 are shown as {@code <5}, rows
 * of zero are left out (a zero points at no one), and in a table whose rows add up to its total, further
 * cells are hidden, smallest first, until no hidden cell can be worked out exactly from the total and the
 * cells shown, knowing that a small cell holds 1 to 4 and any other hidden cell 5 or more. When even
 * hiding every cell is not enough, the total is hidden too.
 *
 * <p>This is the single place publication goes through; the reports branch's {@code Suppression} can
 * replace the body of {@link #publish} without touching its callers.
 */
public final class Disclosure {
    /** The smallest count shown. */
    public static final int THRESHOLD = 5;
    private static final Label TOTAL = new Label("Total", "Total");

    private Disclosure() {
    }

    /** Each figure as the public may see it. */
    public static List<PublishedTable> publish(List<Figure> figures) {
        return figures.stream().map(Disclosure::publish).toList();
    }

    static PublishedTable publish(Figure f) {
        List<Figure.Row> rows = f.rows().stream().filter(r -> r.count() > 0).toList();
        Mark[] marks = new Mark[rows.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = rows.get(i).count() < THRESHOLD ? Mark.SMALL : Mark.SHOWN;
        }
        boolean totalHidden = f.total() != null && f.total() < THRESHOLD;
        if (f.additive() && f.total() != null && !totalHidden) {
            List<Integer> bySize = new ArrayList<>();
            for (int i = 0; i < marks.length; i++) {
                bySize.add(i);
            }
            bySize.sort(Comparator.comparingLong(i -> rows.get(i).count()));
            for (int next = 0; recoverable(rows, marks, f.total()); next++) {
                if (next == bySize.size()) {
                    totalHidden = true;
                    break;
                }
                if (marks[bySize.get(next)] == Mark.SHOWN) {
                    marks[bySize.get(next)] = Mark.HIDDEN;
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            Figure.Row r = rows.get(i);
            cells.add(new Cell(r.code(), r.label(), marks[i] == Mark.SHOWN ? r.count() : null, marks[i]));
        }
        Cell total = f.total() == null ? null
                : totalHidden ? new Cell("total", TOTAL, null, f.total() < THRESHOLD ? Mark.SMALL : Mark.HIDDEN)
                : new Cell("total", TOTAL, f.total(), Mark.SHOWN);
        return new PublishedTable(f, cells, total);
    }

    /**
     * Whether some hidden cell's count follows from the total: with {@code rest} the total less the cells
     * shown, a hidden cell lies between {@code rest} less the others' highest values and {@code rest} less
     * their lowest; it is recovered when that range, cut to its own bounds, is a single value.
     */
    static boolean recoverable(List<Figure.Row> rows, Mark[] marks, long total) {
        long rest = total;
        long lowSum = 0;
        long highSum = 0;
        boolean unboundedAbove = false;
        int hidden = 0;
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] == Mark.SHOWN) {
                rest -= rows.get(i).count();
            } else {
                hidden++;
                lowSum += low(marks[i]);
                if (marks[i] == Mark.HIDDEN) {
                    unboundedAbove = true;
                } else {
                    highSum += THRESHOLD - 1;
                }
            }
        }
        if (hidden == 0) {
            return false;
        }
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] == Mark.SHOWN) {
                continue;
            }
            long othersLow = lowSum - low(marks[i]);
            boolean othersUnbounded = marks[i] == Mark.HIDDEN ? countHidden(marks) > 1 : unboundedAbove;
            long othersHigh = highSum - (marks[i] == Mark.SMALL ? THRESHOLD - 1 : 0);
            long max = Math.min(marks[i] == Mark.SMALL ? THRESHOLD - 1 : Long.MAX_VALUE, rest - othersLow);
            long min = Math.max(low(marks[i]), othersUnbounded ? low(marks[i]) : rest - othersHigh);
            if (min >= max) {
                return true;
            }
        }
        return false;
    }

    private static long low(Mark m) {
        return m == Mark.SMALL ? 1 : THRESHOLD;
    }

    private static int countHidden(Mark[] marks) {
        int n = 0;
        for (Mark m : marks) {
            if (m == Mark.HIDDEN) {
                n++;
            }
        }
        return n;
    }
}
