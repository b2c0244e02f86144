package org.vigie.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** The lists offer their exports, with the list's filter, to the roles that may export, and only to them. */
class ExportLinksTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "links-observer", Role.OBSERVER);
        TestApp.account(app, "links-monitor", Role.MONITOR);
    }

    static WebClient as(String username) {
        WebClient web = new WebClient(TestApp.base(app));
        web.login(username, TestApp.PASSWORD);
        return web;
    }

    @Test
    void the_incident_list_links_its_exports_with_its_filter() {
        String page = as("links-observer").get("/incidents?status=verified&place=ML05").body();
        assertThat(page).contains("href=\"/incidents/export.csv?place=ML05&amp;status=verified\"",
                "href=\"/incidents/export.xlsx?place=ML05&amp;status=verified\"", "href=\"/incidents/export.json?");
    }

    @Test
    void the_registry_lists_link_their_exports() {
        WebClient observer = as("links-observer");
        assertThat(observer.get("/registries/schools?region=ML05").body()).contains("href=\"/registries/schools/export.csv?region=ML05");
        assertThat(observer.get("/registries/proceedings").body()).contains("/registries/proceedings/export.xlsx?");
        assertThat(observer.get("/registries/reparations").body()).contains("/registries/reparations/export.json?");
    }

    @Test
    void a_role_that_may_not_export_is_offered_no_export() {
        assertThat(as("links-monitor").get("/incidents").body()).doesNotContain("/incidents/export.");
    }
}
