package org.vigie.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestIncidents;
import org.vigie.support.WebClient;
import org.vigie.tracker.followup.ActionDraft;
import org.vigie.tracker.followup.ActionState;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** Issue 15, item 6: each role lands on its work, counted in the navigation. */
class DeskTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static App app;
    static TrackedRecommendation pending;
    static TrackedRecommendation returned;
    static long own;
    static long othersRestricted;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = vigie.principal(Role.ANALYST);
        try (InputStream in = DeskTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        var all = app.tracker().find(RecommendationFilter.all());
        pending = all.get(0);
        returned = all.get(1);
        for (TrackedRecommendation r : new TrackedRecommendation[] {pending, returned, all.get(2)}) {
            app.followUp().assign(analyst, "127.0.0.1", r.id(), "DNDH");
        }
        Principal fp = vigie.principal(Role.FOCAL_POINT);
        app.followUp().submit(fp, "127.0.0.1", pending.id(), "Formation de 40 magistrats à Mopti.", Status.IN_PROGRESS);
        long sentBack = app.followUp().submit(fp, "127.0.0.1", returned.id(), "Presque fini.", Status.IMPLEMENTED);
        app.followUp().decide(vigie.principal(Role.VALIDATOR), "127.0.0.1", sentBack, false, "Joindre les preuves de Kayes.");
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), Clock.systemUTC());
        actions.addAction(analyst, "127.0.0.1", all.get(2).id(), new ActionDraft("Campagne d’état civil à Gao", "DNDH", null, null,
                LocalDate.now().plusDays(10), ActionState.ONGOING));
        actions.addAction(analyst, "127.0.0.1", all.get(2).id(), new ActionDraft("Plan pour 2040", "DNDH", null, null,
                LocalDate.now().plusYears(10), ActionState.PLANNED));
        own = reference(TestIncidents.insert(app, "monitor", false), "ML-2026-000101");
        reference(TestIncidents.insert(app, "monitor", true), "ML-2026-000102");
        othersRestricted = reference(TestIncidents.insert(app, "analyst", true), "ML-2026-000103");
        reference(TestIncidents.insert(app, "analyst", false), "ML-2026-000104");
    }

    static long reference(long id, String reference) {
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE incident SET reference = :r WHERE id = :id")
                .bind("r", reference).bind("id", id).execute());
        return id;
    }

    static String home(Role role) {
        return vigie.web(role).get("/").body();
    }

    @Test
    void a_visitor_gets_the_welcome_and_the_login_link() {
        String page = new WebClient(vigie.base()).get("/").body();
        assertThat(page).contains("href=\"/login\"").doesNotContain("id=\"to-validate\"").doesNotContain("id=\"queue\"");
    }

    @Test
    void the_validator_lands_on_the_reports_to_decide_with_their_text_and_the_form() {
        String page = home(Role.VALIDATOR);
        assertThat(page).contains("id=\"to-validate\"").contains("title=\"" + pending.reference() + "\">")
                .contains(pending.documentSymbol() + " " + pending.paragraph()).doesNotContain("<code>" + pending.reference())
                .contains("Formation de 40 magistrats à Mopti.").contains("/decision\"").contains("name=\"back\" value=\"/#to-validate\"")
                .contains("À valider (1)");
    }

    @Test
    void the_focal_point_lands_on_returned_reports_with_the_comment_and_on_actions_due() {
        String page = home(Role.FOCAL_POINT);
        assertThat(page).contains("id=\"returned\"").contains("title=\"" + returned.reference() + "\">")
                .contains(returned.documentSymbol() + " " + returned.paragraph())
                .contains("Joindre les preuves de Kayes.").contains("Campagne d’état civil à Gao").doesNotContain("Plan pour 2040")
                .contains("À reprendre (1)").doesNotContain("/decision\"");
    }

    @Test
    void a_returned_report_answered_by_a_newer_one_leaves_the_focal_points_work() {
        Principal fp = vigie.principal(Role.FOCAL_POINT);
        assertThat(app.followUp().toReworkCount(fp)).isEqualTo(1);
        TrackedRecommendation third = app.tracker().find(RecommendationFilter.all()).get(2);
        long first = app.followUp().submit(fp, "127.0.0.1", third.id(), "Premier jet.", Status.IN_PROGRESS);
        app.followUp().decide(vigie.principal(Role.VALIDATOR), "127.0.0.1", first, false, "À compléter.");
        assertThat(app.followUp().toReworkCount(fp)).isEqualTo(2);
        long answer = app.followUp().submit(fp, "127.0.0.1", third.id(), "Complété.", Status.IN_PROGRESS);
        assertThat(app.followUp().toReworkCount(fp)).isEqualTo(1);
        app.followUp().decide(vigie.principal(Role.VALIDATOR), "127.0.0.1", answer, true, null);
    }

    @Test
    void the_monitor_lands_on_the_incidents_they_recorded_still_open_restricted_ones_of_others_left_out() {
        String page = home(Role.MONITOR);
        assertThat(page).contains("id=\"incidents\"").contains("ML-2026-000101").contains("ML-2026-000102")
                .doesNotContain("ML-2026-000103").doesNotContain("ML-2026-000104").contains("Mes signalements (2)")
                .contains("href=\"/incidents/new\"");
    }

    @Test
    void the_analyst_lands_on_the_verification_queue_and_possible_duplicates() {
        String page = home(Role.ANALYST);
        assertThat(page).contains("id=\"queue\"").contains("ML-2026-000101").contains("ML-2026-000103").contains("ML-2026-000104")
                .contains("id=\"duplicates\"").contains("À vérifier (4)");
    }

    @Test
    void the_administrator_lands_on_accounts_and_the_audit_trails_health() {
        String page = home(Role.ADMINISTRATOR);
        long accounts = app.accounts().all().size();
        assertThat(page).contains("id=\"accounts\"").contains("<b>" + accounts + "</b>comptes").contains("id=\"audit\"")
                .contains("entrées au journal").contains("href=\"/audit\"");
    }

    @Test
    void the_observer_gets_a_summary_of_counts_only() {
        String page = home(Role.OBSERVER);
        assertThat(page).contains("id=\"summary\"").contains("Incidents par état de vérification")
                .doesNotContain("ML-2026-000101").doesNotContain("/decision\"");
    }

    @Test
    void each_home_reads_in_english_too() {
        assertThat(vigie.web(Role.VALIDATOR).language("en").get("/").body()).contains("Your decisions").contains("To validate (1)");
        assertThat(vigie.web(Role.MONITOR).language("en").get("/").body()).contains("Your reports").contains("My reports (2)");
        assertThat(vigie.web(Role.OBSERVER).language("en").get("/").body()).contains("Incidents by verification status");
    }

    @Test
    void a_role_sees_no_other_roles_sections() {
        assertThat(home(Role.MONITOR)).doesNotContain("id=\"queue\"").doesNotContain("id=\"to-validate\"").doesNotContain("id=\"accounts\"");
        assertThat(home(Role.FOCAL_POINT)).doesNotContain("id=\"incidents\"").doesNotContain("ML-2026-0001");
    }
}
