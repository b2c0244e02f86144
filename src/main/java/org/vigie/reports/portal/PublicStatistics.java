package org.vigie.reports.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.reports.charts.Boundaries;
import org.vigie.reports.charts.ChoroplethMap;
import org.vigie.reports.charts.ClassBreaks;
import org.vigie.reports.disclosure.Suppression;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.PeriodScope;
import org.vigie.reports.statistics.Statistics;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.reports.statistics.StatisticsStore;

/**
 * The figures of the public portal: verified records only, for one calendar year of all of Mali (fixed,
 * disjoint periods and no place filter, so that no two published tables overlap in a way that would let
 * a hidden count be worked out by difference), every table through {@link PublicTable#publish}, so through
 * the reports' {@link Suppression}. Nothing here
 * reads a title, a description, a locality or a victim: only counts by code.
 */
public final class PublicStatistics {
    /** The first year the public portal offers: the crisis in the north began in 2012. */
    public static final int FIRST_YEAR = 2012;
    private final Statistics statistics;
    private final Clock clock;
    private final Boundaries regions = Boundaries.of(AdminLevel.REGION);

    public PublicStatistics(Statistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The year asked for, or the current year when none is. */
    public int year(String asked) {
        int current = LocalDate.now(clock).getYear();
        if (asked == null || asked.isBlank()) {
            return current;
        }
        try {
            int year = Integer.parseInt(asked.strip());
            if (year >= FIRST_YEAR && year <= current) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for a year out of range
        }
        throw new InvalidInput("year", "reports.public.year_range", FIRST_YEAR, current);
    }

    /** The years offered, most recent first. */
    public List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= FIRST_YEAR; y--) {
            out.add(y);
        }
        return out;
    }

    /**
     * Every table of a year published together, so protected as one system: whichever pages a reader puts
     * side by side, they are the same counts under the same marks. Closed schools (buildings, not people)
     * are published whole: by region at the year's end and by month of closure.
     */
    public List<PublicTable> publication(int year) {
        return protect(figures(year));
    }

    /** A year's counts as computed, before any protection: what {@link #publication} protects. */
    public List<Figure> figures(int year) {
        PeriodScope s = PeriodScope.publishedYear(year);
        List<Figure> schools = statistics.schools(s);
        // Every cercle is listed, zeros included, and the table is published only when every count in it can
        // be shown as is (protectYear).
        return List.of(
                statistics.complete(statistics.figure(Unit.INCIDENTS, Dimension.REGION, s), Dimension.REGION),
                statistics.byMonth(Unit.INCIDENTS, s),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.REGION, s), Dimension.REGION),
                statistics.byMonth(Unit.VICTIMS, s),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.SEX, s), Dimension.SEX),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.AGE_GROUP, s), Dimension.AGE_GROUP),
                statistics.figure(Unit.ACTS, Dimension.ACT_TYPE, s),
                schools.get(2), schools.get(1),
                statistics.complete(statistics.figure(Unit.INCIDENTS, Dimension.CERCLE, s), Dimension.CERCLE));
    }


    /** Tables published together, protected as one system: small counts marked, then the interval audit's secondary suppression. */
    public List<PublicTable> protect(List<Figure> figures) {
        return protectYear(figures, LocalDate.now(clock));
    }

    /**
     * A year's figures protected together. The incidents by cercle (last, when present; every cercle listed) are
     * kept only when every count in it is shown as is and it costs the other tables nothing (their marks are
     * those they have without it). A cercle table with "&lt;5" in it would make the audit hide more of it and
     * of the regions they add up to, for a map mostly hatched; the year is then published without it, and its
     * map is by region.
     */
    static List<PublicTable> protectYear(List<Figure> figures, LocalDate today) {
        if (!figures.get(figures.size() - 1).id().equals(CERCLES)) {
            return PublicTable.publish(figures, today);
        }
        List<PublicTable> without = PublicTable.publish(figures.subList(0, figures.size() - 1), today);
        // A count under 5 is never shown as is: then the table cannot be whole, and the audit need not be run.
        if (figures.get(figures.size() - 1).rows().stream().anyMatch(r -> r.count() < Suppression.THRESHOLD)) {
            return without;
        }
        if (smallRemainder(figures.get(0), figures.get(figures.size() - 1))) {
            return without;
        }
        List<PublicTable> with = PublicTable.publish(figures, today);
        if (!wholly(with.get(with.size() - 1))) {
            return without;
        }
        for (int i = 0; i < without.size(); i++) {
            if (!sameMarks(without.get(i), with.get(i))) {
                return without;
            }
        }
        return with;
    }

    /**
     * Whether a region's count less its cercles' (the incidents placed only in the region, which a reader gets by
     * subtraction once both tables are shown) is between 1 and 4: a small count that would be published exactly.
     */
    private static boolean smallRemainder(Figure regions, Figure cercles) {
        for (Figure.Row region : regions.rows()) {
            long inCercles = cercles.rows().stream().filter(c -> c.code().matches("ML\\d{4}") && c.code().startsWith(region.code()))
                    .mapToLong(Figure.Row::count).sum();
            long rest = region.count() - inCercles;
            if (rest > 0 && rest < Suppression.THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMarks(PublicTable a, PublicTable b) {
        if (a.empty() || b.empty()) {
            return a.empty() == b.empty();
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.count(i, Lang.EN).equals(b.count(i, Lang.EN))) {
                return false;
            }
        }
        return !a.showsTotal() || a.total(Lang.EN).equals(b.total(Lang.EN));
    }

    private static final String CERCLES = "incidents.by_cercle";

    private static boolean wholly(PublicTable t) {
        if (t.empty()) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.shown(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Recommendations by status, mechanism, theme and institution, as validated: counts about no person, published whole. */
    public List<PublicTable> recommendations() {
        return publish(statistics.recommendations());
    }

    /** A year of the snapshot: its tables as published, and the map's. */
    Snapshot.Year snapshotYear(int year) {
        List<Snapshot.Table> tables = publication(year).stream().map(PublicStatistics::snapshotTable).toList();
        Snapshot.Table cercles = tables.get(tables.size() - 1);
        boolean byCercle = cercles.id().equals(CERCLES) && cercles.rows().stream().anyMatch(c -> c.code().matches("ML\\d{4}"));
        return byCercle ? new Snapshot.Year(year, tables, "adm2", cercles) : new Snapshot.Year(year, tables, "adm1", tables.get(0));
    }

    /** The recommendations' tables of the snapshot. */
    List<Snapshot.Table> snapshotRecommendations() {
        return recommendations().stream().map(PublicStatistics::snapshotTable).toList();
    }

    static Snapshot.Table snapshotTable(PublicTable t) {
        Figure f = t.source();
        List<Snapshot.Cell> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            rows.add(cell(f.rows().get(i).code(), t.label(i, Lang.FR), t.label(i, Lang.EN), t.shown(i), t.empty() ? "" : t.count(i, Lang.EN)));
        }
        Snapshot.Cell total = null;
        if (t.showsTotal()) {
            total = t.empty() ? new Snapshot.Cell("total", "Total", "Total", 0L, "")
                    : cell("total", "Total", "Total", t.table().count(t.size(), 0), t.total(Lang.EN));
        }
        String dimension = f.id().substring(f.id().indexOf(".by_") + 4).replace("new_by_", "").replace("open_by_", "");
        if (f.id().startsWith("schools.")) {
            dimension = f.id().endsWith("region") ? "region" : "month";
        }
        return new Snapshot.Table(f.id(), f.unit().code(), dimension, f.atGeneration() ? null : f.scope().from(),
                f.atGeneration() ? null : f.scope().to(), f.additive(), rows, total);
    }

    private static Snapshot.Cell cell(String code, String fr, String en, OptionalLong shown, String text) {
        return shown.isPresent() ? new Snapshot.Cell(code, fr, en, shown.getAsLong(), "") : new Snapshot.Cell(code, fr, en, null, text);
    }

    private static List<PublicTable> pick(List<PublicTable> tables, String... ids) {
        List<PublicTable> out = new ArrayList<>();
        for (String id : ids) {
            tables.stream().filter(t -> t.source().id().equals(id)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * The map of a published figure by region: a region is shaded by its count only when that count is
     * published as is; a region shown as {@code <5} or {@code x} is hatched like one without data, so the
     * map tells no more than the table.
     */
    public String regionMap(PublicTable table, Lang lang, String title, String description, String legend) {
        Map<PCode, Long> values = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String code = table.source().rows().get(i).code();
            OptionalLong count = table.shown(i);
            if (count.isPresent() && code.matches("ML\\d{2}")) {
                values.put(PCode.of(code), count.getAsLong());
            }
        }
        return new ChoroplethMap(title, description, legend, regions, values, ClassBreaks.counts(values.values(), 5), lang).toSvg();
    }

    private List<PublicTable> publish(List<Figure> figures) {
        return PublicTable.publish(figures, LocalDate.now(clock));
    }
}
