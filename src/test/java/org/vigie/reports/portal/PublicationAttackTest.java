package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.i18n.Lang;
import org.vigie.observatory.vocabulary.Label;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.Figure.Row;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.PeriodScope;

/**
 * Four hundred small random years (seeded), one in sixteen dense enough for its table by cercle to be
 * published, published as the portal publishes a year and read back as printed: no suppressed count is narrowed below the protection range by the {@link Attacker}, who puts
 * every table of the year together. The served pages themselves are attacked in {@link PortalAttackTest}.
 */
class PublicationAttackTest {
    private static final int YEARS = 400;
    private static final PeriodScope YEAR = PeriodScope.publishedYear(2025);
    private static final List<String> REGIONS = List.of("ML01", "ML02", "ML03", "ML04", "ML05", "ML06", "ML07", "ML08", "ML09", "ML10", "unknown");
    private static final List<String> SEXES = List.of("female", "male", "unknown");
    private static final List<String> AGES = List.of("child_0_4", "child_5_11", "child_12_17", "adult_18_59", "older_60_plus",
            "child_age_unknown", "adult_age_unknown", "unknown");

    /** Labels are codes here: a cercle's region is its code's first four characters. */
    private static final Attacker.Knowledge KNOWLEDGE = new Attacker.Knowledge(
            java.util.Set.of(),
            Map.of("incidents.by_cercle", "incidents.by_region"), cercles());

    private static final List<String> CERCLES = java.util.stream.Stream.concat(cercles().keySet().stream().sorted(),
            java.util.stream.Stream.of("unknown")).toList();

    private static Map<String, String> cercles() {
        Map<String, String> out = new HashMap<>();
        for (String region : REGIONS) {
            for (int c = 1; c <= 4 && !region.equals("unknown"); c++) {
                out.put(region + "0" + c, region);
            }
        }
        return out;
    }

    @Test
    void no_suppressed_count_of_a_thousand_random_small_years_can_be_narrowed_from_all_their_tables() {
        Random random = new Random(14_2026L);
        int attacked = 0;
        int withCercles = 0;
        for (int n = 0; n < YEARS; n++) {
            List<Figure> year = randomYear(random);
            List<Attacker.Served> served = new ArrayList<>();
            Map<String, Long> truth = new HashMap<>();
            for (PublicTable t : PublicStatistics.protectYear(year, LocalDate.of(2026, 1, 1))) {
                served.add(read(t, truth));
            }
            Attacker attacker = new Attacker(served, KNOWLEDGE);
            withCercles += served.stream().anyMatch(t -> t.caption().equals("incidents.by_cercle")) ? 1 : 0;
            assertThat(attacker.breaches(truth)).as("year %d: %s", n, year).isEmpty();
            attacked += attacker.suppressedCount();
        }
        assertThat(attacked).isGreaterThan(YEARS);
        assertThat(withCercles).as("years whose table by cercle was published and attacked").isGreaterThan(YEARS / 40);
    }

    /** A year of 0 to 12 incidents with 0 to 3 victims each, mostly in a few regions, as figures of the portal. */
    static List<Figure> randomYear(Random random) {
        Map<String, Long> incidentsByRegion = zeros(REGIONS);
        Map<String, Long> incidentsByCercle = zeros(CERCLES);
        Map<String, Long> incidentsByMonth = zeros(months());
        Map<String, Long> victimsByRegion = zeros(REGIONS);
        Map<String, Long> victimsByMonth = zeros(months());
        Map<String, Long> bySex = zeros(SEXES);
        Map<String, Long> byAge = zeros(AGES);
        // One year in sixteen is dense (5 to 9 incidents in every cercle, then the random ones), so that the table
        // by cercle is published and attacked too.
        boolean dense = random.nextInt(16) == 0;
        if (dense) {
            for (String cercle : CERCLES) {
                long n = 5 + random.nextInt(5);
                incidentsByCercle.merge(cercle, n, Long::sum);
                incidentsByRegion.merge(cercle.equals("unknown") ? "unknown" : cercle.substring(0, 4), n, Long::sum);
                incidentsByMonth.merge(months().get(random.nextInt(12)), n, Long::sum);
            }
        }
        int incidents = random.nextInt(13);
        for (int i = 0; i < incidents; i++) {
            String region = REGIONS.get(random.nextInt(random.nextBoolean() ? 3 : REGIONS.size()));
            String month = months().get(random.nextInt(random.nextBoolean() ? 2 : 12));
            incidentsByRegion.merge(region, 1L, Long::sum);
            // Most incidents are placed in a cercle (one of the region's first two, often); some only in their region.
            String cercle = region.equals("unknown") || random.nextInt(5) == 0 ? "unknown"
                    : region + "0" + (1 + random.nextInt(random.nextBoolean() ? 2 : 4));
            incidentsByCercle.merge(cercle, 1L, Long::sum);
            incidentsByMonth.merge(month, 1L, Long::sum);
            int victims = random.nextInt(4) + (random.nextInt(5) == 0 ? 5 : 0);
            for (int v = 0; v < victims; v++) {
                victimsByRegion.merge(region, 1L, Long::sum);
                victimsByMonth.merge(month, 1L, Long::sum);
                bySex.merge(SEXES.get(random.nextInt(SEXES.size())), 1L, Long::sum);
                byAge.merge(AGES.get(random.nextInt(random.nextBoolean() ? 2 : AGES.size())), 1L, Long::sum);
            }
        }
        return List.of(figure("incidents.by_region", Unit.INCIDENTS, incidentsByRegion),
                figure("incidents.by_month", Unit.INCIDENTS, incidentsByMonth),
                figure("incidents.by_cercle", Unit.INCIDENTS, incidentsByCercle),
                figure("victims.by_region", Unit.VICTIMS, victimsByRegion),
                figure("victims.by_month", Unit.VICTIMS, victimsByMonth),
                figure("victims.by_sex", Unit.VICTIMS, bySex),
                figure("victims.by_age_group", Unit.VICTIMS, byAge));
    }

    private static List<String> months() {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(String.format("2025-%02d", m));
        }
        return out;
    }

    private static Map<String, Long> zeros(List<String> codes) {
        Map<String, Long> out = new LinkedHashMap<>();
        codes.forEach(c -> out.put(c, 0L));
        return out;
    }

    private static Figure figure(String id, Unit unit, Map<String, Long> counts) {
        List<Row> rows = counts.entrySet().stream().map(e -> new Row(e.getKey(), new Label(e.getKey(), e.getKey()), e.getValue())).toList();
        return Figure.additive(id, unit, YEAR, rows);
    }

    /** The table as the portal prints it, and the truth of each of its counts under the reader's names. */
    private static Attacker.Served read(PublicTable t, Map<String, Long> truth) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) {
            rows.put(t.label(i, Lang.EN), t.count(i, Lang.EN));
            truth.put(t.source().id() + " / " + t.label(i, Lang.EN), t.source().rows().get(i).count());
        }
        truth.put(t.source().unit().code() + " / total", t.source().total());
        return new Attacker.Served(t.source().id(), t.source().unit().code(), rows, t.showsTotal() ? t.total(Lang.EN) : null);
    }
}
