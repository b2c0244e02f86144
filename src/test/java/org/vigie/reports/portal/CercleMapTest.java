package org.vigie.reports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * The map of a year is drawn by cercle when every cercle's count can be published (2024: five incidents in
 * each cercle, and five placed only in a region, spread over every month), and by region otherwise (2023: one cercle with a single
 * incident), each saying which level it shows; the table by cercle is served with its downloads only then.
 */
class CercleMapTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();

    @BeforeAll
    static void record() {
        vigie.app().database().jdbi().useTransaction(h -> {
            int i = 0;
            for (AdminUnit cercle : Gazetteer.ochaCodAb2015().units(AdminLevel.CERCLE)) {
                for (int n = 0; n < 5; n++) {
                    incident(h, String.format("2024-%02d-10", 1 + i++ % 12), cercle.pcode().value());
                }
            }
            for (int n = 0; n < 5; n++) {
                incident(h, "2024-04-1" + n, "ML05");
            }
            for (int n = 0; n < 12; n++) {
                incident(h, "2023-05-1" + (n % 9), "ML0502");
            }
            incident(h, "2023-06-01", "ML0701");
        });
        vigie.app().publisher().publish("test", "manual");
    }

    private static void incident(org.jdbi.v3.core.Handle h, String date, String pcode) {
        StatisticsFixture.act(h, StatisticsFixture.incident(h, "verified", date, pcode), StatisticsFixture.KILLING, 0);
    }

    private static String get(String path) {
        HttpResponse<String> r = new WebClient(TestApp.base(vigie.app())).language("en").get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void a_year_with_every_cercle_published_is_mapped_by_cercle() {
        String map = get("/public/en/map-2024.svg");
        assertThat(map).contains("Map by cercle (level 2)");
        int cercles = Gazetteer.ochaCodAb2015().units(AdminLevel.CERCLE).size();
        assertThat(map.split("data-pcode=\"ML\\d{4}\"", -1).length - 1).as("a shape per cercle").isEqualTo(cercles);
        assertThat(get("/public/en/statistics-2024.html")).contains("Incidents by cercle");
        assertThat(get("/public/data/2024/incidents.by_cercle.hxl.csv")).contains("#adm2+code");
    }

    @Test
    void a_year_with_a_cercle_under_five_is_mapped_by_region_and_publishes_no_cercle_table() {
        String map = get("/public/en/map-2023.svg");
        assertThat(map).contains("Map by region (level 1)");
        assertThat(get("/public/en/statistics-2023.html")).doesNotContain("Incidents by cercle");
        HttpResponse<String> csv = new WebClient(TestApp.base(vigie.app())).get("/public/data/2023/incidents.by_cercle.csv");
        assertThat(csv.statusCode()).isEqualTo(404);
    }
}
