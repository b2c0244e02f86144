package org.vigie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.config.Config;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** {@code serve --demo}: one marked account per role with fresh passwords, the public texts, a banner on every page. */
class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void demo_mode_loads_an_account_per_role_and_the_texts_and_says_so_on_every_page() throws Exception {
        try (App app = App.create(Config.of(dir, "localhost", 0, true, Map.of())).start()) {
            DemoData.Loaded loaded = DemoData.load(app);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            loaded.print(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("DEMO MODE").contains("demo-administrator");
            assertThat(app.accounts().all()).filteredOn(Account::demo).extracting(Account::role)
                    .containsExactlyInAnyOrder(Role.values());
            assertThat(app.texts().all()).hasSize(3).allMatch(t -> t.demo());

            DemoData.Login admin = loaded.logins().stream().filter(l -> l.role() == Role.ADMINISTRATOR).findFirst().orElseThrow();
            WebClient c = new WebClient(TestApp.base(app));
            assertThat(c.login(admin.username(), admin.password()).statusCode()).isEqualTo(302);
            assertThat(c.get("/texts").body()).contains("Démonstration").contains("A/RES/73/3");

            DemoData.Loaded again = DemoData.load(app);
            assertThat(app.texts().all()).as("texts are not loaded twice").hasSize(3);
            assertThat(app.registries().schools().count(org.vigie.registries.schools.SchoolFilter.all())).as("registry records once").isEqualTo(4);
            assertThat(again.logins().get(0).password()).as("fresh passwords at each start").isNotEqualTo(loaded.logins().get(0).password());
        }
    }

    @Test
    void demo_follows_the_commitments_of_the_draft_assigned_and_linked_to_schools_and_an_incident_once() throws Exception {
        try (App app = App.create(Config.of(dir, "localhost", 0, true, Map.of())).start()) {
            DemoData.load(app);
            long draft = app.texts().all().stream().filter(t -> t.draft()).findFirst().orElseThrow().id();
            var tracked = app.tracker().ofText(draft);
            assertThat(tracked).as("the State's commitments in the draft").hasSizeGreaterThan(5);
            var analyst = app.accounts().byUsername("demo-analyst").orElseThrow().principal();
            var onSchools = tracked.stream().filter(r -> r.text().contains("écoles")).findFirst().orElseThrow();
            assertThat(app.registries().schools().linkedTo(analyst, onSchools.id())).as("the invented closed schools").hasSize(4);
            var onJustice = tracked.stream().filter(r -> r.text().contains("justice")).findFirst().orElseThrow();
            assertThat(app.observatory().recommendationLinks().incidentsOf(analyst, onJustice.id())).hasSize(1);

            DemoData.load(app);
            assertThat(app.tracker().ofText(draft)).as("followed once").hasSameSizeAs(tracked);
        }
    }

    @Test
    void without_demo_there_is_no_banner_and_no_account() throws Exception {
        try (App app = TestApp.start(dir)) {
            assertThat(app.accounts().all()).isEmpty();
            assertThat(new WebClient(TestApp.base(app)).get("/login").body()).doesNotContain("demo-banner");
        }
    }
}
