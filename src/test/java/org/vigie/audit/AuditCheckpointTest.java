package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.support.TestApp;

/** Signed checkpoints are written when due, outside the database, and copied to the sink the operator names. */
class AuditCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void a_thousand_entries_bring_a_checkpoint_without_asking() throws Exception {
        try (App app = TestApp.create(dir)) {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < AuditCheckpoints.EVERY_ENTRIES; i++) {
                events.add(AuditEvent.of("import", "record.imported", "incident:" + i, ""));
            }
            app.database().jdbi().useTransaction(h -> app.audit().recordAll(h, events));
            within(Duration.ofSeconds(20), () -> app.audit().latestCheckpoint().isPresent(), "a checkpoint");
            assertThat(app.audit().latestCheckpoint()).get().extracting(Checkpoint::seq).isEqualTo((long) AuditCheckpoints.EVERY_ENTRIES);
            assertThat(Files.readString(dir.resolve("audit-checkpoints/checkpoints.jsonl"))).contains("\"seq\":1000");
        }
    }

    @Test
    void ten_minutes_with_new_entries_bring_a_checkpoint_and_not_before() throws Exception {
        try (App app = TestApp.create(dir)) {
            MovableClock clock = new MovableClock(Instant.parse("2026-12-07T08:00:00Z"));
            AuditCheckpoints due = new AuditCheckpoints(new CheckpointLog(dir.resolve("other")),
                    CheckpointSigner.load(dir.resolve("keys")), null, clock);
            AuditStore store = new AuditStore(app.database().jdbi(), clock, new ChainHash(key(dir)), due);
            store.record(AuditEvent.of("amina", "record.viewed", "incident:1", ""));
            assertThat(due.write(store, false)).as("the first entries are anchored at once").isPresent();

            store.record(AuditEvent.of("amina", "record.viewed", "incident:2", ""));
            clock.advance(Duration.ofMinutes(9));
            assertThat(due.write(store, false)).as("nine minutes").isEmpty();
            clock.advance(Duration.ofMinutes(1));
            assertThat(due.write(store, false)).as("ten minutes, with a new entry").get().extracting(Checkpoint::seq).isEqualTo(2L);
            clock.advance(Duration.ofMinutes(30));
            assertThat(due.write(store, false)).as("no new entry").isEmpty();
        }
    }

    @Test
    void each_checkpoint_goes_to_a_syslog_collector_as_rfc_5424() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            collector.setSoTimeout(10_000);
            Map<String, String> env = Map.of("VIGIE_AUDIT_SINK", "udp://127.0.0.1:" + collector.getLocalPort());
            try (App app = App.create(Config.of(dir, "localhost", 0, false, env))) {
                app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", ""));
                Checkpoint c = app.audit().checkpoint().orElseThrow();
                DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
                collector.receive(p);
                String message = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                assertThat(message).matches("<109>1 \\d{4}-\\d\\d-\\d\\dT[^ ]+Z \\S+ vigie \\d+ audit-checkpoint - \\{.*")
                        .contains("\"seq\":" + c.seq()).contains(c.mac()).contains(c.signature());
            }
        }
    }

    @Test
    void each_checkpoint_goes_to_a_file_on_another_disk() throws Exception {
        Path elsewhere = dir.resolve("elsewhere.jsonl");
        try (App app = App.create(Config.of(dir.resolve("data"), "localhost", 0, false, Map.of("VIGIE_AUDIT_SINK", elsewhere.toString())))) {
            app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", ""));
            Checkpoint c = app.audit().checkpoint().orElseThrow();
            assertThat(Files.readString(elsewhere)).contains(c.mac()).contains(c.signature());
        }
    }

    @Test
    void the_public_key_is_exported_and_holds_no_private_key() throws Exception {
        try (App app = TestApp.create(dir)) {
            String pub = app.audit().checkpointPublicKey();
            assertThat(pub).contains("Ed25519PublicKey").doesNotContain("Ed25519PrivateKey");
            assertThat(Files.readString(dir.resolve("keys/audit-signing.pub.json"))).isEqualTo(pub);
        }
    }

    private static byte[] key(Path dir) throws Exception {
        return java.util.HexFormat.of().parseHex(Files.readString(dir.resolve("keys/audit.key")).trim());
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
