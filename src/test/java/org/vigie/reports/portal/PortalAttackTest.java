package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.Sex;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * The portal attacked as an anonymous visitor would: the cases that broke it (issue 14) and random small
 * years are recorded as verified incidents, the year's pages are fetched over HTTP and read back, and the
 * {@link Attacker} puts every table of the home and statistics pages together against each hidden count.
 */
class PortalAttackTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    /** The true counts, by year, under the names the attacker gives them ("caption / row", "unit / total"). */
    private static final Map<Integer, Map<String, Long>> TRUTH = new HashMap<>();
    private static final List<Integer> RANDOM_YEARS = List.of(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2024, 2025);
    private static final Map<String, String> REGION_NAMES = new HashMap<>();

    @BeforeAll
    static void record() {
        for (AdminUnit u : Gazetteer.ochaCodAb2015().regions()) {
            REGION_NAMES.put(u.pcode().value(), u.name());
        }
        vigie.app().database().jdbi().useTransaction(h -> {
            // 2023: 1 female (a girl of 12 to 17 in Koulikoro), 1 male and 5 of unknown sex: Female <5, Male <5, Unknown 5, Total 7.
            victims(h, 2023, "ML02", "03", "female", "child_12_17", 1);
            victims(h, 2023, "ML05", "03", "male", "adult_18_59", 1);
            victims(h, 2023, "ML05", "04", "unknown", "unknown", 5);
            // 2022: one region with one victim, another with twenty.
            victims(h, 2022, "ML08", "05", "male", "adult_18_59", 1);
            victims(h, 2022, "ML05", "05", "female", "adult_18_59", 20);
            // 2021: the months differ from the year's total by one (thirty in March, one in July).
            victims(h, 2021, "ML05", "03", "male", "adult_18_59", 30);
            victims(h, 2021, "ML05", "07", "male", "adult_18_59", 1);
            Random random = new Random(2021_14L);
            for (int year : RANDOM_YEARS) {
                int incidents = random.nextInt(9);
                for (int i = 0; i < incidents; i++) {
                    String region = String.format("ML%02d", 1 + random.nextInt(random.nextBoolean() ? 2 : 10));
                    String month = String.format("%02d", 1 + random.nextInt(random.nextBoolean() ? 2 : 12));
                    Sex sex = Sex.values()[random.nextInt(Sex.values().length)];
                    AgeGroup age = AgeGroup.values()[random.nextInt(AgeGroup.values().length)];
                    victims(h, year, region, month, sex.name().toLowerCase(), age.name().toLowerCase(), random.nextInt(4));
                }
            }
        });
        vigie.app().publisher().publish("test", "manual");
    }

    /** One verified incident with {@code n} victims alike, and the truth it adds to. */
    private static void victims(Handle h, int year, String region, String month, String sex, String age, int n) {
        long incident = StatisticsFixture.incident(h, "verified", year + "-" + month + "-10", region);
        long act = StatisticsFixture.act(h, incident, StatisticsFixture.KILLING, 0);
        for (int v = 0; v < n; v++) {
            StatisticsFixture.victim(h, incident, sex, age, "{civilian}", act);
        }
        Map<String, Long> t = TRUTH.computeIfAbsent(year, y -> new HashMap<>());
        String regionName = REGION_NAMES.get(region);
        String monthCode = year + "-" + month;
        t.merge("Incidents by region / " + regionName, 1L, Long::sum);
        t.merge("Incidents by month of their start / " + monthCode, 1L, Long::sum);
        t.merge("incidents / total", 1L, Long::sum);
        t.merge("Victims by region / " + regionName, (long) n, Long::sum);
        t.merge("Victims by month their incident began / " + monthCode, (long) n, Long::sum);
        t.merge("Victims by sex / " + Sex.valueOf(sex.toUpperCase()).label().english(), (long) n, Long::sum);
        t.merge("Victims by age group / " + AgeGroup.valueOf(age.toUpperCase()).label().english(), (long) n, Long::sum);
        t.merge("victims / total", (long) n, Long::sum);
    }

    /**
     * What the portal serves for {@code year}: the tables of its statistics page, each checked against the CSV
     * the page links to (a download says no more than the page), so that attacking the page attacks both.
     */
    private static List<Attacker.Served> served(int year) {
        WebClient web = new WebClient(TestApp.base(vigie.app())).language("en");
        String path = "/public/en/statistics-" + year + ".html";
        HttpResponse<String> r = web.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        List<Attacker.Served> tables = Attacker.read(r.body());
        for (Attacker.Served t : tables) {
            String csv = "/public/data/" + year + "/" + t.id() + ".csv";
            HttpResponse<String> c = web.get(csv);
            assertThat(c.statusCode()).as(csv).isEqualTo(200);
            Map<String, String> rows = new java.util.LinkedHashMap<>();
            String total = null;
            for (de.siegmar.fastcsv.reader.CsvRecord line : de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(c.body())) {
                if (line.getStartingLineNumber() == 1) {
                    continue;
                }
                String text = line.getField(5).isEmpty() ? line.getField(6) : line.getField(5);
                if (line.getField(2).equals("total")) {
                    total = text;
                } else {
                    rows.put(line.getField(4), text);
                }
            }
            Map<String, String> page = new java.util.LinkedHashMap<>();
            t.rows().forEach((k, v) -> page.put(k.replace("&amp;", "&"), v.replace("&lt;", "<")));
            assertThat(rows).as(csv).isEqualTo(page);
            assertThat(total).as(csv + " total").isEqualTo(t.total() == null ? null : t.total().replace("&lt;", "<"));
        }
        return tables;
    }

    private static List<Attacker.Breach> attack(int year) {
        return new Attacker(served(year)).breaches(TRUTH.getOrDefault(year, Map.of()));
    }

    @Test
    void one_female_one_male_and_five_unknown_cannot_be_told_apart() {
        assertThat(attack(2023)).isEmpty();
        assertThat(new Attacker(served(2023)).suppressedCount()).isPositive();
    }

    @Test
    void a_region_with_one_victim_cannot_be_pinned() {
        assertThat(attack(2022)).isEmpty();
    }

    @Test
    void a_month_that_differs_from_the_total_by_one_cannot_be_pinned() {
        assertThat(attack(2021)).isEmpty();
    }

    @Test
    void no_hidden_count_of_random_small_years_can_be_narrowed_from_the_served_pages() {
        for (int year : RANDOM_YEARS) {
            assertThat(attack(year)).as("year %d", year).isEmpty();
        }
    }

    @Test
    void the_attacker_is_not_blind_it_pins_the_counts_of_the_page_issue_14_describes() {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put("Unknown", "5");
        rows.put("Female", "&lt;5");
        rows.put("Male", "&lt;5");
        Attacker a = new Attacker(List.of(new Attacker.Served("Victims by sex", "victims", rows, "7")));
        assertThat(a.breaches(Map.of("Victims by sex / Female", 1L, "Victims by sex / Male", 1L, "Victims by sex / Unknown", 5L,
                "victims / total", 7L))).hasSize(2);
    }
}
