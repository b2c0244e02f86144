package org.vigie.reports.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.vigie.i18n.Lang;
import org.vigie.reports.disclosure.PublishedTable;
import org.vigie.reports.disclosure.Suppression;
import org.vigie.reports.documents.ReportPeriod;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.PeriodScope;
import org.vigie.reports.statistics.StatTable;

/**
 * A {@link Figure} as the public portal shows it: its rows' labels, and its counts as {@link Suppression}
 * lets them be published ({@code <5}, {@code x} or the count). Every public table is made by
 * {@link #publish}, the single place where figures leave for the public.
 */
public record PublicTable(Figure source, PublishedTable table) {

    public PublicTable {
        Objects.requireNonNull(source, "source");
        if (table == null && !source.rows().isEmpty()) {
            throw new IllegalArgumentException("a figure with rows is published through Suppression: " + source.id());
        }
    }

    /**
     * Each figure through {@link Suppression#protect}, as a one-column table of its rows; {@code today} dates
     * the figures that are the state of the registers rather than counts over a period.
     */
    static List<PublicTable> publish(List<Figure> figures, LocalDate today) {
        List<PublicTable> out = new ArrayList<>();
        for (Figure f : figures) {
            if (f.rows().isEmpty()) {
                out.add(new PublicTable(f, null));
                continue;
            }
            ReportPeriod period = f.atGeneration() ? new ReportPeriod(today, today) : new ReportPeriod(f.scope().from(), f.scope().to());
            long[][] cells = f.rows().stream().map(r -> new long[] {r.count()}).toArray(long[][]::new);
            StatTable t = new StatTable(f.unit().code(), period, f.atGeneration() ? PeriodScope.PUBLISHED : f.scope().statuses(),
                    f.rows().stream().map(Figure.Row::code).toList(), List.of(f.unit().code()), cells);
            out.add(new PublicTable(f, Suppression.protect(t)));
        }
        return out;
    }

    public boolean empty() {
        return table == null;
    }

    public int size() {
        return source.rows().size();
    }

    public String label(int row, Lang lang) {
        return source.rows().get(row).label().in(lang.locale());
    }

    public String count(int row, Lang lang) {
        return table.text(row, 0, lang);
    }

    /** Only a figure whose rows add up to its total shows one (an overlapping figure's sum is no total). */
    public boolean showsTotal() {
        return source.additive();
    }

    /** The total as published; nothing counted is "<5", as Suppression shows a zero. */
    public String total(Lang lang) {
        return table == null ? PublishedTable.SMALL_MARK : table.text(table.rows(), 0, lang);
    }

    /** The count of a row when it is published as is. */
    public OptionalLong shown(int row) {
        return table == null ? OptionalLong.empty() : table.count(row, 0);
    }

    public boolean suppressed() {
        return table != null && table.hasSuppression();
    }
}
