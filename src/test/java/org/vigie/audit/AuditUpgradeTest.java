package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.Insider;
import org.vigie.support.TestApp;

/**
 * A chain written by an earlier Vigie, with plain SHA-256 links, is kept as it is and keyed from the
 * next start: its first keyed entry records the switch, and verification reads both parts.
 */
class AuditUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void a_chain_of_plain_hashes_is_keyed_at_the_next_start_and_still_verifies() throws Exception {
        try (App app = TestApp.create(dir)) {
            Insider.sql(app, "TRUNCATE audit_entry");
            writeAsAnEarlierVersion(app, 3);
        }
        try (App app = TestApp.create(dir)) {
            AuditEntry switched = app.audit().find(AuditQuery.latest(1)).get(0);
            assertThat(switched.id()).isEqualTo(4);
            assertThat(switched.action()).isEqualTo("audit.chain_keyed");
            assertThat(switched.details()).contains("\"legacy_until\":\"3\"");
            app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:9", ""));
            AuditVerification v = app.audit().verify();
            assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
            assertThat(v.entriesChecked()).isEqualTo(5);
        }
        try (App app = TestApp.create(dir)) {
            assertThat(app.audit().count(new AuditQuery(null, "audit.chain_keyed", null, null, null, 0, 10)))
                    .as("the switch is recorded once").isEqualTo(1);
        }
    }

    @Test
    void an_edit_in_the_plain_part_is_still_found() throws Exception {
        try (App app = TestApp.create(dir)) {
            Insider.sql(app, "TRUNCATE audit_entry");
            writeAsAnEarlierVersion(app, 3);
        }
        try (App app = TestApp.create(dir)) {
            Insider.sql(app, "UPDATE audit_entry SET target = 'incident:0' WHERE id = 2");
            assertThat(app.audit().verify().firstBrokenId()).isEqualTo(2);
        }
    }

    @Test
    void removing_the_switch_and_recomputing_everything_plain_is_found() throws Exception {
        try (App app = TestApp.create(dir)) {
            Insider.sql(app, "TRUNCATE audit_entry");
            writeAsAnEarlierVersion(app, 3);
        }
        try (App app = TestApp.create(dir)) {
            app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:9", ""));
            Insider.sql(app, "TRUNCATE audit_entry");
            writeAsAnEarlierVersion(app, 5);
            AuditVerification v = app.audit().verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(1);
        }
    }

    /** Entries as Vigie wrote them before the audit key: plain SHA-256 links. */
    private static void writeAsAnEarlierVersion(App app, int n) {
        String prev = ChainHash.GENESIS;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int id = 1; id <= n; id++) {
            String hash = ChainHash.legacy(id, at, "amina", "record.viewed", "incident:" + id, "", "{}", prev);
            Insider.sql(app, "INSERT INTO audit_entry (id, at, actor, action, target, ip, details, prev_hash, hash) VALUES ("
                    + id + ", '" + at + "', 'amina', 'record.viewed', 'incident:" + id + "', '', '{}', '" + prev + "', '" + hash + "')");
            prev = hash;
        }
    }
}
