package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.tracker.followup.ActionDraft;
import org.vigie.tracker.followup.ActionState;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.recommendations.RecommendationFilter;

/** {@code vigie reminders send}: nothing without SMTP, the digests printed with --dry-run. */
class RemindersCommandTest {
    @TempDir
    Path dir;

    @Test
    void without_smtp_the_command_says_so_and_sends_nothing() {
        Cli.Run r = Cli.vigie("reminders", "send", "--data", dir.resolve("data").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("SMTP is not configured").contains("nothing sent");
        assertThat(Files.exists(dir.resolve("data"))).as("no database opened").isFalse();
    }

    @Test
    void a_dry_run_prints_each_digest_with_its_address() throws Exception {
        Path data = dir.resolve("data");
        try (App app = TestApp.create(data)) {
            var analyst = TestApp.account(app, "analyst", Role.ANALYST);
            try (var in = getClass().getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
                app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
            }
            long id = app.tracker().find(RecommendationFilter.all()).get(0).id();
            new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC())
                    .addAction(analyst.principal(), "127.0.0.1", id, new ActionDraft("Publier le décret", "DNDH", null, null,
                            LocalDate.now().minusDays(2), ActionState.ONGOING));
        }
        assertThat(Cli.vigie("reminders", "address", "analyst", "analyst@example.org", "--data", data.toString()).status()).isZero();
        Cli.Run r = Cli.vigie("reminders", "send", "--dry-run", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("To: analyst@example.org (analyst, fr)").contains("Publier le décret").contains("1 digest(s) would be sent");
    }
}
