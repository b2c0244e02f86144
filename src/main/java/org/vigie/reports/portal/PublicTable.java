package org.vigie.reports.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.vigie.i18n.Lang;
import org.vigie.reports.disclosure.Breakdown;
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
     * Figures published together, the single way counts leave for the public. Counts about people (incidents,
     * acts, victims, proceedings, reparation claims) are protected as one system per population (a unit over
     * one period: victims of 2025 by region, sex, age group and month share their total), so that no sum or
     * difference across the figures narrows a hidden count below the protection range. The rows of an
     * additive figure are all its categories, zeros included ({@code Statistics.complete}), so a "<5" may be
     * 0; an overlapping figure lists only categories with members, which the audit knows. A cercle table is
     * protected with the regions it adds up to. Counts about no
     * person (recommendations, assignments, school closures: buildings, not pupils) are published whole.
     * {@code today} dates the figures that are the state of the registers rather than counts over a period.
     */
    static List<PublicTable> publish(List<Figure> figures, LocalDate today) {
        List<Breakdown> breakdowns = new ArrayList<>();
        List<Integer> protectedAt = new ArrayList<>();
        PublicTable[] out = new PublicTable[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.rows().isEmpty()) {
                out[i] = new PublicTable(f, null);
                continue;
            }
            StatTable t = table(f, today);
            long sum = t.grandTotal();
            long total = f.total() == null ? sum : f.total();
            if (aboutPeople(f.unit()) && total == 0) {
                // Nobody counted: every table of the population says zero, as the empty lists beside it do.
                out[i] = new PublicTable(f, Suppression.aboutNoPerson(t));
            } else if (aboutPeople(f.unit())) {
                String population = f.total() == null ? f.id() : f.unit().code() + ":" + t.period() + ":" + t.statuses();
                breakdowns.add(new Breakdown(population, t, total, f.additive(), listsZeros(f)));
                protectedAt.add(i);
            } else {
                out[i] = new PublicTable(f, Suppression.aboutNoPerson(t));
            }
        }
        List<PublishedTable> published = Suppression.protectBreakdowns(breakdowns);
        for (int k = 0; k < published.size(); k++) {
            out[protectedAt.get(k)] = new PublicTable(figures.get(protectedAt.get(k)), published.get(k));
        }
        return List.of(out);
    }

    /** Whether a figure lists every category, zeros included, so that a "&lt;5" may be 0: an additive one. */
    static boolean listsZeros(Figure f) {
        return f.additive();
    }

    /** Whether a unit counts people or what happened to them, whose small counts could single someone out. */
    static boolean aboutPeople(Figure.Unit unit) {
        return switch (unit) {
            case INCIDENTS, ACTS, VICTIMS, PROCEEDINGS, REPARATION_CLAIMS -> true;
            case SCHOOL_CLOSURES, RECOMMENDATIONS, ASSIGNMENTS -> false;
        };
    }

    private static StatTable table(Figure f, LocalDate today) {
        ReportPeriod period = f.atGeneration() ? new ReportPeriod(today, today) : new ReportPeriod(f.scope().from(), f.scope().to());
        long[][] cells = f.rows().stream().map(r -> new long[] {r.count()}).toArray(long[][]::new);
        return new StatTable(f.unit().code(), period, f.atGeneration() ? PeriodScope.PUBLISHED : f.scope().statuses(),
                f.rows().stream().map(Figure.Row::code).toList(), List.of(f.unit().code()), cells);
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

    /**
     * The total as published. An empty list says that nobody was counted (places and categories are listed only
     * with members), so its total is 0, as are the other tables of a population of nobody.
     */
    public String total(Lang lang) {
        return table == null ? "0" : table.text(table.rows(), 0, lang);
    }

    /** The count of a row when it is published as is. */
    public OptionalLong shown(int row) {
        return table == null ? OptionalLong.empty() : table.count(row, 0);
    }

    public boolean suppressed() {
        return table != null && table.hasSuppression();
    }
}
