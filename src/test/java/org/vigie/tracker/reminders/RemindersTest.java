package org.vigie.tracker.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.audit.AuditQuery;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.followup.ActionDraft;
import org.vigie.tracker.followup.ActionState;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/** Deadlines as data, the reminders page in each person's scope, and the digest in French and English. */
class RemindersTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static LocalDate today = LocalDate.now(Clock.systemUTC());

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        Principal analyst = TestApp.account(app, "analyst", Role.ANALYST).principal();
        TestApp.account(app, "admin", Role.ADMINISTRATOR);
        TestApp.account(app, "fp-dndh", Role.FOCAL_POINT);
        app.accounts().create("test", "127.0.0.1", new NewAccount(new Username("fp-mjdh"), "", Role.FOCAL_POINT, "MJDH", TestApp.PASSWORD));
        try (InputStream in = RemindersTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        List<TrackedRecommendation> all = app.tracker().find(RecommendationFilter.all());
        FollowUp followUp = new FollowUp(app.database().jdbi(), app.audit(), app.accounts().institutionStore());
        followUp.assign(analyst, "127.0.0.1", all.get(0).id(), "DNDH");
        followUp.assign(analyst, "127.0.0.1", all.get(1).id(), "MJDH");
        Actions actions = new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), Clock.systemUTC());
        actions.addAction(analyst, "127.0.0.1", all.get(0).id(), new ActionDraft("Publier le décret", "DNDH", "Awa Traoré", null,
                today.minusDays(3), ActionState.ONGOING));
        actions.addAction(analyst, "127.0.0.1", all.get(0).id(), new ActionDraft("Former les greffiers", "DNDH", null, null,
                today.plusDays(10), ActionState.PLANNED));
        actions.addAction(analyst, "127.0.0.1", all.get(0).id(), new ActionDraft("Plus tard", "DNDH", null, null,
                today.plusDays(90), ActionState.PLANNED));
        actions.addAction(analyst, "127.0.0.1", all.get(1).id(), new ActionDraft("Ailleurs", "MJDH", null, null,
                today.plusDays(5), ActionState.PLANNED));
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        return c;
    }

    @Test
    void the_three_reporting_deadlines_are_seeded() {
        assertThat(app.reminders().deadlines()).extracting(Deadline::code).containsExactlyInAnyOrder("hrc64", "upr-midterm", "upr-review-2028");
    }

    @Test
    void the_page_lists_due_soon_and_overdue_actions_of_the_callers_scope_only() {
        String fp = login("fp-dndh").get("/tracker/reminders").body();
        assertThat(fp).contains("Publier le décret").contains("Former les greffiers").doesNotContain("Plus tard").doesNotContain("Ailleurs")
                .contains("3 jours de retard");
        String analyst = login("analyst").get("/tracker/reminders").body();
        assertThat(analyst).contains("Publier le décret").contains("Ailleurs");
        assertThat(login("fp-mjdh").get("/tracker/reminders").body()).doesNotContain("Publier le décret");
    }

    @Test
    void an_administrator_moves_a_deadline_and_it_is_audited_and_an_analyst_may_not() {
        long id = app.reminders().deadlines().stream().filter(d -> d.code().equals("hrc64")).findFirst().orElseThrow().id();
        WebClient analyst = login("analyst");
        analyst.get("/tracker/reminders");
        assertThat(analyst.post("/tracker/deadlines/" + id, "due_on", "2027-03-01").statusCode()).isEqualTo(403);
        WebClient admin = login("admin");
        admin.get("/tracker/reminders");
        assertThat(admin.post("/tracker/deadlines/" + id, "due_on", "2027-03-02").statusCode()).isEqualTo(302);
        assertThat(app.reminders().deadlines()).anySatisfy(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 3, 2)));
        assertThat(app.audit().count(new AuditQuery("admin", "deadline.updated", null, null, null, 0, 10))).isEqualTo(1);
        admin.get("/tracker/reminders");
        assertThat(admin.post("/tracker/deadlines/" + id, "due_on", "bientôt").statusCode()).isEqualTo(400);
    }

    @Test
    void the_digest_is_written_in_the_readers_language() {
        Principal fp = app.accounts().byUsername("fp-dndh").orElseThrow().principal();
        ReminderList list = app.reminders().forViewer(fp);
        ReminderDigest digest = new ReminderDigest(new Messages());
        ReminderDigest.Text fr = digest.text(Lang.FR, list);
        ReminderDigest.Text en = digest.text(Lang.EN, list);
        int count = 2 + list.deadlines().size();
        assertThat(fr.subject()).isEqualTo("Vigie : " + count + (count > 1 ? " rappels de suivi" : " rappel de suivi"));
        assertThat(fr.body()).contains("Actions à échéance ou en retard").contains("Publier le décret (Awa Traoré)").contains("en retard de 3 jours");
        assertThat(en.subject()).isEqualTo("Vigie: " + count + (count == 1 ? " follow-up reminder" : " follow-up reminders"));
        assertThat(en.body()).contains("Actions due or overdue").contains("3 days overdue").contains("in 10 days");
    }

    @Test
    void only_people_with_an_address_and_something_due_get_a_digest() {
        app.reminders().setAddress("test", "127.0.0.1", app.accounts().byUsername("fp-dndh").orElseThrow(), "awa@example.org");
        app.reminders().setAddress("test", "127.0.0.1", app.accounts().byUsername("fp-mjdh").orElseThrow(), "mjdh@example.org");
        var out = app.reminders().outgoing(app.accounts().all(), new ReminderDigest(new Messages()));
        assertThat(out).extracting(Reminders.Outgoing::address).contains("awa@example.org", "mjdh@example.org");
        assertThat(out).filteredOn(o -> o.username().equals("fp-mjdh")).singleElement()
                .satisfies(o -> assertThat(o.text().body()).contains("Ailleurs").doesNotContain("Publier"));
    }
}
