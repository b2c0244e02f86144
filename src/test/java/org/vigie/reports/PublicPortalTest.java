package org.vigie.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.reports.statistics.StatisticsFixture;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * The public portal over HTTP, without login, on a hand-built data set (all in 2025 unless said):
 * verified incidents: 12 in Mopti (ML0502, a killing, one recorded man each), 8 in Gao (ML0701, a killing
 * counting 2 unrecorded victims each), 3 in Kayes (ML0101, restricted: sexual violence against a girl);
 * 40 incidents pending verification in Mopti, never published; one verified incident of 2024. Every
 * incident carries {@link StatisticsFixture}'s distinctive title, description and locality. Schools: 6
 * verified closures open in Mopti, 2 in Kayes, 9 only reported in Gao. Recommendations: 7 implemented,
 * 2 in progress, 6 not started.
 */
class PublicPortalTest {
    static final List<String> PAGES = List.of("/public", "/public/statistics", "/public/schools", "/public/recommendations");
    static final Pattern CELL = Pattern.compile("<td class=\"num\">([^<]*(?:&lt;5)?[^<]*)</td>");
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static final List<String> PSEUDONYMS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        app.database().jdbi().useTransaction(h -> {
            for (int n = 0; n < 12; n++) {
                long i = StatisticsFixture.incident(h, "verified", "2025-02-0" + (1 + n % 9), "ML0502");
                StatisticsFixture.victim(h, i, "male", "adult_18_59", "{civilian}", StatisticsFixture.act(h, i, StatisticsFixture.KILLING, 0));
            }
            for (int n = 0; n < 8; n++) {
                StatisticsFixture.act(h, StatisticsFixture.incident(h, "verified", "2025-04-10", "ML0701"), StatisticsFixture.KILLING, 2);
            }
            for (int n = 0; n < 3; n++) {
                long i = StatisticsFixture.incident(h, "verified", "2025-07-01", "ML0101");
                h.execute("UPDATE incident SET restricted = true WHERE id = ?", i);
                StatisticsFixture.victim(h, i, "female", "child_5_11", "{child}", StatisticsFixture.act(h, i, "VG-CHILD-SEXUAL-VIOLENCE", 0));
            }
            for (int n = 0; n < 40; n++) {
                StatisticsFixture.act(h, StatisticsFixture.incident(h, "pending_verification", "2025-05-05", "ML0502"), StatisticsFixture.KILLING, 1);
            }
            StatisticsFixture.act(h, StatisticsFixture.incident(h, "verified", "2024-06-06", "ML0502"), StatisticsFixture.KILLING, 0);
            for (int n = 0; n < 6; n++) {
                StatisticsFixture.closure(h, StatisticsFixture.school(h, "École M" + n, "ML0502"), "2025-01-10", null, "verified");
            }
            for (int n = 0; n < 2; n++) {
                StatisticsFixture.closure(h, StatisticsFixture.school(h, "École K" + n, "ML0101"), "2025-01-10", null, "verified");
            }
            for (int n = 0; n < 9; n++) {
                StatisticsFixture.closure(h, StatisticsFixture.school(h, "École G" + n, "ML0701"), "2025-01-10", null, "reported");
            }
            for (int n = 0; n < 15; n++) {
                StatisticsFixture.recommendation(h, "P" + n, "upr", n < 7 ? "implemented" : n < 9 ? "in_progress" : "not_started", "{Justice}");
            }
            PSEUDONYMS.addAll(h.createQuery("SELECT pseudonym FROM victim").mapTo(String.class).list());
        });
    }

    /** A page of the portal by its former address ({@code /public/statistics}), read at its file for 2025. */
    static String page(String path, String language) {
        String file = switch (path) {
            case "/public" -> "index.html";
            case "/public/statistics" -> "statistics-2025.html";
            case "/public/schools" -> "schools-2025.html";
            default -> "recommendations.html";
        };
        HttpResponse<String> r = new WebClient(TestApp.base(app)).get("/public/" + language + "/" + file);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static String table(String html, String id) {
        int start = html.indexOf("<table class=\"figure\" id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</table>", start));
    }

    static List<String> cells(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = CELL.matcher(html);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    @Test
    void a_count_of_people_under_five_is_never_shown() {
        for (String path : List.of("/public/statistics")) {
            List<String> cells = cells(page(path, "fr"));
            assertThat(cells).as(path).isNotEmpty().allSatisfy(c -> assertThat(c.equals("&lt;5") || c.equals("x")
                    || Integer.parseInt(c.replaceAll("[\\s\\u202f\\u00a0]", "")) >= 5).as(path + ": " + c).isTrue());
        }
    }

    @Test
    void a_small_count_and_the_cell_that_would_give_it_away_are_both_hidden() {
        // Incidents by region: Mopti 12, Gao 8, Kayes 3, the other regions 0, total 23: every region is listed,
        // the zeros and Kayes are <5, Gao is hidden so that the <5 cannot be narrowed, Mopti and the total shown.
        String incidents = table(page("/public/statistics", "en"), "incidents.by_region");
        assertThat(incidents).contains(row("Mopti", "12")).contains(row("Gao", "x")).contains(row("Kayes", "&lt;5"))
                .contains(row("Kidal", "&lt;5")).contains("<td class=\"num\">23</td>");
    }

    @Test
    void the_map_shades_only_regions_whose_count_is_published() {
        assertThat(page("/public/statistics", "en")).contains("<img src=\"map-2025.svg\"").contains("Map by region (level 1)");
        String svg = new WebClient(TestApp.base(app)).get("/public/en/map-2025.svg").body();
        assertThat(svg).contains("<svg").contains("data-pcode=\"ML05\" data-name=\"Mopti\" data-value=\"12\"");
        assertThat(svg).doesNotContain("data-value=\"8\"").doesNotContain("data-value=\"3\"");
        // Kayes (3) and the regions without incidents are "fewer than 5", in a shade of their own; Gao (x) is hatched.
        assertThat(svg).containsPattern("data-pcode=\"ML01\"[^>]*fill=\"#e7e1ef\"").containsPattern("data-pcode=\"ML07\"[^>]*fill=\"url\\(#no-data\\)\"");
    }

    @Test
    void no_title_description_locality_or_victim_code_reaches_a_public_page() {
        for (String path : PAGES) {
            for (String language : List.of("fr", "en")) {
                assertThat(page(path, language)).as(path).doesNotContain(StatisticsFixture.SECRET_TITLE)
                        .doesNotContain(StatisticsFixture.SECRET_DESCRIPTION).doesNotContain(StatisticsFixture.SECRET_LOCALITY)
                        .doesNotContain("Bandiagara").doesNotContain("École M0");
                PSEUDONYMS.forEach(p -> assertThat(page(path, language)).doesNotContain(p));
            }
        }
    }

    @Test
    void incidents_pending_verification_are_not_counted() {
        String html = page("/public", "en");
        assertThat(cells(html)).doesNotContain("63");
        assertThat(html).contains("<strong>23</strong>");
    }

    @Test
    void closures_only_reported_are_not_counted() {
        // Verified closures: Mopti 6, Kayes 2; Gao's 9 reported closures are not counted. A closure counts a
        // building, not a person: the counts are published as they are.
        assertThat(cells(table(page("/public/schools", "en"), "schools.open_by_region"))).containsExactly("6", "2", "8");
        assertThat(cells(table(page("/public/schools", "en"), "schools.new_by_month"))).startsWith("8", "0").endsWith("0", "8");
    }

    @Test
    void counts_about_no_person_are_never_suppressed() {
        // 15 recommendations: 7 implemented, 2 in progress, 6 not started.
        assertThat(cells(table(page("/public", "en"), "recommendations.by_status"))).contains("7", "2", "6", "15").doesNotContain("x", "&lt;5");
        assertThat(page("/public/recommendations", "en")).contains("15 recommendations.");
    }

    private static String row(String label, String count) {
        return "<tr><th scope=\"row\">" + label + "</th><td class=\"num\">" + count + "</td></tr>";
    }

    @Test
    void the_portal_speaks_french_and_english_without_login() {
        assertThat(page("/public/statistics", "fr")).contains("Victimes par sexe").contains("Portail public");
        assertThat(page("/public/statistics", "en")).contains("Victims by sex").contains("Public portal");
    }

    @Test
    void a_year_outside_the_portal_is_refused_with_the_field_named() {
        HttpResponse<String> r = new WebClient(TestApp.base(app)).language("en").get("/public/statistics?year=1990");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("2012");
    }
}
