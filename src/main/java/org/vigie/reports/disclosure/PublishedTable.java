package org.vigie.reports.disclosure;

import java.text.NumberFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.vigie.i18n.Lang;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.reports.documents.ReportPeriod;
import org.vigie.reports.statistics.StatTable;

/**
 * A {@link StatTable} as it may be published: each count, margins included, shown or suppressed. It
 * gives no access to a suppressed count. Made by {@link Suppression}.
 */
public final class PublishedTable {
    /** How a count under 5 is printed. */
    public static final String SMALL_MARK = "<" + Suppression.THRESHOLD;
    /** How a count hidden to protect a small one is printed. */
    public static final String HIDDEN_MARK = "x";

    private final StatTable table;
    private final Disclosure[][] disclosure;

    PublishedTable(StatTable table, Disclosure[][] disclosure) {
        this.table = table;
        this.disclosure = disclosure;
    }

    public String counts() {
        return table.counts();
    }

    public ReportPeriod period() {
        return table.period();
    }

    public Set<VerificationStatus> statuses() {
        return table.statuses();
    }

    public List<String> rowLabels() {
        return table.rowLabels();
    }

    public List<String> columnLabels() {
        return table.columnLabels();
    }

    public int rows() {
        return table.rows();
    }

    public int columns() {
        return table.columns();
    }

    /** For a cell or a margin: {@code row == rows()} is the row of column totals, {@code column == columns()} the row totals. */
    public Disclosure disclosure(int row, int column) {
        return disclosure[row][column];
    }

    /** The count when it is shown. */
    public OptionalLong count(int row, int column) {
        return disclosure[row][column] == Disclosure.SHOWN ? OptionalLong.of(table.withMargins(row, column)) : OptionalLong.empty();
    }

    /** The count as printed: grouped digits in the language's way, or a suppression mark. */
    public String text(int row, int column, Lang lang) {
        return switch (disclosure[row][column]) {
            case SHOWN -> NumberFormat.getIntegerInstance(lang.locale()).format(table.withMargins(row, column));
            case SMALL -> SMALL_MARK;
            case HIDDEN -> HIDDEN_MARK;
        };
    }

    /** True when some count of the table is suppressed, so that a note can explain the marks. */
    public boolean hasSuppression() {
        for (Disclosure[] row : disclosure) {
            for (Disclosure d : row) {
                if (d != Disclosure.SHOWN) {
                    return true;
                }
            }
        }
        return false;
    }
}
