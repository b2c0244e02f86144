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
    /** Published tables by page and year, kept {@link #FRESH}: the portal's pages are read far more often than counts change. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** How long a page's published tables are reused before they are counted again. */
    static final Duration FRESH = Duration.ofMinutes(5);

    private record Kept(Instant at, List<PublicTable> tables) {
    }

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

    /** The home page: incidents by region, victims by sex, schools closed by region, recommendations by status. */
    public List<PublicTable> keyFigures(int year) {
        List<PublicTable> out = new ArrayList<>(pick(publication(year), "incidents.by_region", "victims.by_sex", "schools.open_by_region"));
        out.add(recommendations().get(0));
        return out;
    }

    /** The statistics page: incidents and victims by region and month, acts by type, victims by sex and by age group. */
    public List<PublicTable> statistics(int year) {
        return pick(publication(year), "incidents.by_region", "victims.by_region", "incidents.by_month", "victims.by_month",
                "acts.by_act_type", "victims.by_sex", "victims.by_age_group");
    }

    /** Schools closed at the end of the year (verified closures), by region. */
    public PublicTable schools(int year) {
        return pick(publication(year), "schools.open_by_region").get(0);
    }

    /** Recommendations by status, mechanism, theme and institution, as validated: counts about no person, published whole. */
    public List<PublicTable> recommendations() {
        return fresh("recommendations", () -> publish(statistics.recommendations()));
    }

    /**
     * Every table of a year published together, so protected as one system: whichever pages a reader puts
     * side by side, they are the same counts under the same marks.
     */
    public List<PublicTable> publication(int year) {
        PeriodScope s = PeriodScope.publishedYear(year);
        return fresh("year:" + year, () -> publish(List.of(
                statistics.complete(statistics.figure(Unit.INCIDENTS, Dimension.REGION, s), Dimension.REGION),
                statistics.byMonth(Unit.INCIDENTS, s),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.REGION, s), Dimension.REGION),
                statistics.byMonth(Unit.VICTIMS, s),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.SEX, s), Dimension.SEX),
                statistics.complete(statistics.figure(Unit.VICTIMS, Dimension.AGE_GROUP, s), Dimension.AGE_GROUP),
                statistics.figure(Unit.ACTS, Dimension.ACT_TYPE, s),
                statistics.schoolsByRegion(s))));
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
        return new ChoroplethMap(title, description, legend, regions, values, ClassBreaks.quantiles(values.values(), 4), lang).toSvg();
    }

    private List<PublicTable> fresh(String key, Supplier<List<PublicTable>> count) {
        Instant now = clock.instant();
        Kept k = kept.get(key);
        if (k == null || k.at().plus(FRESH).isBefore(now)) {
            k = new Kept(now, count.get());
            kept.put(key, k);
        }
        return k.tables();
    }

    private List<PublicTable> publish(List<Figure> figures) {
        return PublicTable.publish(figures, LocalDate.now(clock));
    }
}
