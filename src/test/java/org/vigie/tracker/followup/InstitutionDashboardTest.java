package org.vigie.tracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.StatusCounts;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** An institution's dashboard and the clusters by theme and institution. */
class InstitutionDashboardTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static List<TrackedRecommendation> all;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "analyst", Role.ANALYST).principal();
        Principal fp = TestApp.account(app, "fp-dndh", Role.FOCAL_POINT).principal();
        Principal validator = TestApp.account(app, "val-dndh", Role.VALIDATOR).principal();
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        try (InputStream in = InstitutionDashboardTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        all = app.tracker().find(RecommendationFilter.all());
        FollowUp followUp = new FollowUp(app.database().jdbi(), app.audit(), app.accounts().institutionStore());
        for (int i = 0; i < 4; i++) {
            followUp.assign(analyst, "127.0.0.1", all.get(i).id(), "DNDH");
        }
        followUp.assign(analyst, "127.0.0.1", all.get(5).id(), "MJDH");
        long validated = followUp.submit(fp, "127.0.0.1", all.get(0).id(), "Fait.", Status.IMPLEMENTED);
        followUp.decide(validator, "127.0.0.1", validated, true, null);
        long returned = followUp.submit(fp, "127.0.0.1", all.get(1).id(), "Presque.", Status.IN_PROGRESS);
        followUp.decide(validator, "127.0.0.1", returned, false, "Joindre les preuves.");
        followUp.submit(fp, "127.0.0.1", all.get(2).id(), "Commencé à Kayes.", Status.IN_PROGRESS);
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), Clock.systemUTC());
        actions.addAction(analyst, "127.0.0.1", all.get(3).id(), new ActionDraft("Campagne d’état civil", "DNDH", "Moussa Diarra",
                null, java.time.LocalDate.of(2020, 1, 31), ActionState.ONGOING));
        actions.addAction(analyst, "127.0.0.1", all.get(3).id(), new ActionDraft("Action close", "DNDH", null,
                null, java.time.LocalDate.of(2020, 1, 31), ActionState.DONE));
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    @Test
    void the_dashboard_counts_by_status_and_lists_pending_returned_reports_and_overdue_actions() {
        String page = login("fp-dndh").get("/tracker/institutions/DNDH").body();
        assertThat(page).contains("Direction nationale des droits de l").contains("Commencé à Kayes")
                .contains("Joindre les preuves.").contains("Campagne d’état civil").doesNotContain("Action close");
        Dashboards.InstitutionView v = new Dashboards(app.database().jdbi(), app.accounts().institutionStore(), app.tracker(),
                new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), Clock.systemUTC()))
                .institution(app.accounts().byUsername("analyst").orElseThrow().principal(), "DNDH");
        assertThat(v.counts().total()).isEqualTo(4);
        assertThat(v.counts().count(Status.IMPLEMENTED)).isEqualTo(1);
        assertThat(v.counts().count(Status.NOT_STARTED)).isEqualTo(3);
        assertThat(v.pending()).hasSize(1);
        assertThat(v.returned()).hasSize(1);
        assertThat(v.overdue()).extracting(TrackerAction::title).containsExactly("Campagne d’état civil");
        assertThat(v.assigned()).hasSize(4);
    }

    @Test
    void a_focal_point_may_not_open_another_institutions_dashboard() {
        assertThat(login("fp-mjdh").get("/tracker/institutions/DNDH").statusCode()).isEqualTo(403);
        assertThat(login("val-dndh").get("/tracker/institutions/MJDH").statusCode()).isEqualTo(403);
        assertThat(login("analyst").get("/tracker/institutions/MJDH").statusCode()).isEqualTo(200);
        assertThat(login("analyst").get("/tracker/institutions/NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void the_institution_list_shows_a_focal_point_only_its_own() {
        assertThat(login("analyst").get("/tracker/institutions").body()).contains("/tracker/institutions/DNDH")
                .contains("/tracker/institutions/MJDH");
        assertThat(login("fp-mjdh").get("/tracker/institutions").body()).contains("/tracker/institutions/MJDH")
                .doesNotContain("/tracker/institutions/DNDH");
    }

    @Test
    void clusters_count_each_theme_and_institution_by_status() {
        Dashboards d = new Dashboards(app.database().jdbi(), app.accounts().institutionStore(), app.tracker(),
                new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), Clock.systemUTC()));
        Principal analyst = app.accounts().byUsername("analyst").orElseThrow().principal();
        List<StatusCounts> themes = d.byTheme(analyst);
        String theme = all.get(0).themes().get(0);
        long withTheme = app.tracker().find(RecommendationFilter.all().unpaged()).stream().filter(r -> r.themes().contains(theme)).count();
        assertThat(themes).filteredOn(c -> c.group().equals(theme)).singleElement()
                .satisfies(c -> assertThat(c.total()).isEqualTo(withTheme))
                .satisfies(c -> assertThat(c.count(Status.IMPLEMENTED)).isEqualTo(1));
        assertThat(d.byInstitution(analyst)).extracting(StatusCounts::group).containsExactly("DNDH", "MJDH");
        String page = login("analyst").get("/tracker/clusters").body();
        assertThat(page).contains(theme.replace("&", "&amp;")).contains("/tracker?institution=DNDH");
        Principal fp = app.accounts().byUsername("fp-mjdh").orElseThrow().principal();
        assertThat(d.byTheme(fp).stream().mapToLong(StatusCounts::total).sum()).isEqualTo(all.get(5).themes().size());
    }
}
