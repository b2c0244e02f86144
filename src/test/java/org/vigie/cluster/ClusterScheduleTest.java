package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.tracker.followup.ActionDraft;
import org.vigie.tracker.followup.ActionState;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.recommendations.RecommendationFilter;

/**
 * Scheduled work on three nodes that each look every second whether it is due: when a period comes, one node
 * takes the turn, and the work is done once (the reminder digests, sent to GreenMail, a real SMTP server; the
 * portal's publication; an audit checkpoint).
 */
class ClusterScheduleTest {
    private static final int SMTP_PORT = freePort();
    private static final Duration AWAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(3)
            .with("VIGIE_SCHEDULE_CHECK_SECONDS", "1")
            .with("VIGIE_REMINDERS_EVERY_HOURS", "24")
            .with("VIGIE_SMTP_HOST", "localhost")
            .with("VIGIE_SMTP_PORT", Integer.toString(SMTP_PORT))
            .with("VIGIE_SMTP_FROM", "vigie@example.org");
    static GreenMail mail;

    @BeforeAll
    static void start() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        // Each node makes the tasks known at its first look; the first period comes a minute later, forced below.
        within(AWAIT, () -> count("SELECT count(*) FROM scheduled_task "
                + "WHERE name IN ('reminders', 'publication', 'audit.checkpoint')") == 3, "the schedule is known");
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(String sql) {
        return cluster.node(0).database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** The period of {@code task} comes now. */
    private static void due(String task) {
        cluster.node(1).database().jdbi().useHandle(h -> h.createUpdate("UPDATE scheduled_task SET next_at = now() WHERE name = :n")
                .bind("n", task).execute());
    }

    @Test
    void reminders_are_sent_once_across_three_nodes() throws Exception {
        App app = cluster.node(0);
        var analyst = cluster.account("analyst", Role.ANALYST);
        try (InputStream in = getClass().getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        long id = app.tracker().find(RecommendationFilter.all()).get(0).id();
        new Actions(app.database().jdbi(), app.audit(), app.accounts().institutionStore(), java.time.Clock.systemUTC())
                .addAction(analyst.principal(), "127.0.0.1", id, new ActionDraft("Publier le décret", "DNDH", null, null,
                        LocalDate.now().minusDays(2), ActionState.ONGOING));
        app.reminders().setAddress("admin", "127.0.0.1", analyst, "analyst@example.org");

        due("reminders");
        within(AWAIT, () -> count("SELECT count(*) FROM job WHERE kind = 'reminders' AND state = 'done'") == 1, "the reminders sent");
        Thread.sleep(3_000);
        assertThat(mail.getReceivedMessages()).as("one digest, sent by one node").hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("analyst@example.org");
        assertThat(count("SELECT count(*) FROM job WHERE kind = 'reminders'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM scheduled_task WHERE name = 'reminders' AND next_at > now() + interval '23 hours'"))
                .as("the next turn a period later").isEqualTo(1);
    }

    @Test
    void a_scheduled_publication_is_made_once_per_period_across_three_nodes() throws Exception {
        long before = count("SELECT count(*) FROM job WHERE kind = 'publication'");
        for (int period = 1; period <= 2; period++) {
            due("publication");
            long expected = before + period;
            within(AWAIT, () -> count("SELECT count(*) FROM job WHERE kind = 'publication' AND state = 'done'") == expected,
                    "the publication of period " + period);
            Thread.sleep(3_000);
            assertThat(count("SELECT count(*) FROM job WHERE kind = 'publication'")).as("period " + period).isEqualTo(expected);
        }
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'publication.made'")).as("the first made a snapshot").isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_audit_checkpoint_is_written_once_per_period_across_three_nodes() throws Exception {
        long before = checkpoints();
        cluster.account("checkpointed", Role.OBSERVER);
        due("audit.checkpoint");
        within(AWAIT, () -> checkpoints() > before, "a checkpoint");
        Thread.sleep(3_000);
        assertThat(checkpoints()).as("one line more, on one node").isEqualTo(before + 1);
    }

    /** The checkpoints written by every node, each in its own data directory. */
    private static long checkpoints() {
        long lines = 0;
        for (int i = 0; i < cluster.size(); i++) {
            Path file = cluster.dataDir(i).resolve("audit-checkpoints/checkpoints.jsonl");
            try {
                lines += Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
