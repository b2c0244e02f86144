package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** A recommendation's page lists the closed schools and proceedings linked to it, as far as the viewer may read those registries. */
class LinkedFactsTest {
    static final String SCHOOL = "Lycée de Kidal";
    static final String PROCEEDING = "RP-2024-117";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static long recommendation;
    static long unlinked;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        var analyst = TestApp.account(app, "analyst", Role.ANALYST);
        TestApp.account(app, "observer", Role.OBSERVER);
        for (String institution : new String[] {"MEN", "MJDH"}) {
            app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-" + institution.toLowerCase()), "",
                    Role.FOCAL_POINT, institution, TestApp.PASSWORD));
        }
        try (InputStream in = LinkedFactsTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var found = app.tracker().find(RecommendationFilter.all());
        recommendation = found.get(0).id();
        unlinked = found.get(1).id();
        ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(analyst.principal(), "t", "127.0.0.1").value());
        String school = api.post("/api/v1/registries/schools", "{\"name\":\"" + SCHOOL + "\",\"pcode\":\"ML0801\","
                + "\"level\":\"secondary\",\"closed_on\":\"2023-11-20\",\"cause\":\"insecurity\"}").body();
        String proceeding = api.post("/api/v1/registries/proceedings", "{\"reference\":\"" + PROCEEDING + "\",\"court\":\"Pôle judiciaire spécialisé\","
                + "\"charge_classes\":[\"torture\"],\"stage\":\"trial\",\"stage_on\":\"2024-01-01\"}").body();
        WebClient web = login("analyst");
        web.get("/registries/schools/" + id(school));
        web.post("/registries/schools/" + id(school) + "/recommendations", "recommendation", Long.toString(recommendation));
        web.get("/registries/proceedings/" + id(proceeding));
        web.post("/registries/proceedings/" + id(proceeding) + "/links", "recommendation", Long.toString(recommendation));
        for (String institution : new String[] {"MEN", "MJDH"}) {
            web.get("/tracker/" + recommendation);
            web.post("/tracker/" + recommendation + "/assign", "institution", institution);
        }
    }

    private static long id(String json) {
        return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    @Test
    void an_analyst_sees_the_linked_school_and_proceeding_with_links_to_them() {
        String page = login("analyst").get("/tracker/" + recommendation).body();

        assertThat(page).contains(SCHOOL).contains(PROCEEDING).contains("href=\"/registries/schools/").contains("href=\"/registries/proceedings/");
    }

    @Test
    void the_education_ministrys_focal_point_sees_the_school_but_not_the_proceeding() {
        String page = login("fp-men").get("/tracker/" + recommendation).body();

        assertThat(page).contains(SCHOOL).doesNotContain(PROCEEDING);
    }

    @Test
    void the_justice_ministrys_focal_point_sees_the_proceeding_but_not_the_school() {
        String page = login("fp-mjdh").get("/tracker/" + recommendation).body();

        assertThat(page).contains(PROCEEDING).doesNotContain(SCHOOL);
    }

    @Test
    void a_recommendation_without_links_shows_no_linked_facts_section() {
        String page = login("observer").get("/tracker/" + unlinked).body();

        assertThat(page).doesNotContain("id=\"facts\"");
    }
}
