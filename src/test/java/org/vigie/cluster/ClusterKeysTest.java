package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.crypto.KeyFingerprints;
import org.vigie.security.Role;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;

/** Every node of one database holds the same keys; a node with others refuses to start, naming them and the fix. */
class ClusterKeysTest {
    @RegisterExtension
    static final NodeCluster cluster = NodeCluster.of(1);

    private static long auditEntries() {
        return cluster.node(0).database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_entry").mapTo(Long.class).one());
    }

    @Test
    void a_node_with_keys_of_its_own_refuses_to_start_and_writes_nothing() throws Exception {
        Path dir = cluster.newDataDir("fresh-keys");
        long before = auditEntries();
        assertThatThrownBy(() -> App.create(cluster.config(dir)).close())
                .isInstanceOf(KeyFingerprints.KeysDiffer.class)
                .hasMessageContaining("the field encryption keyset (keys/fields.json or VIGIE_FIELD_KEYSET)")
                .hasMessageContaining("the CSRF key").hasMessageContaining("the audit key")
                .hasMessageContaining("the publication signing key")
                .hasMessageContaining("copy the keys directory of a node that serves this database");
        assertThat(auditEntries()).isEqualTo(before);
    }

    @Test
    void the_same_node_with_the_keys_copied_starts_and_serves() throws Exception {
        Path dir = cluster.newDataDir("copied-keys");
        assertThatThrownBy(() -> App.create(cluster.config(dir)).close()).isInstanceOf(KeyFingerprints.KeysDiffer.class);
        cluster.copyKeysTo(dir);
        try (App node = App.create(cluster.config(dir)).start()) {
            TestApp.account(node, "keys-copied", Role.OBSERVER);
            assertThat(cluster.node(0).accounts().byUsername("keys-copied")).isPresent();
        }
    }

    @Test
    void a_field_keyset_from_the_environment_matches_the_same_keyset_in_a_file_and_no_other() throws Exception {
        Path dir = cluster.newDataDir("keyset-in-environment");
        cluster.copyKeysTo(dir);
        String keyset = Files.readString(dir.resolve("keys/fields.json"));
        Files.delete(dir.resolve("keys/fields.json"));
        try (App node = App.create(cluster.config(dir, Map.of("VIGIE_FIELD_KEYSET", keyset)))) {
            long recorded = node.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM key_fingerprint").mapTo(Long.class).one());
            assertThat(recorded).isEqualTo(5);
        }
        Path otherFile = cluster.newDataDir("other-keyset").resolve("fields.json");
        org.vigie.crypto.FieldCipher.load(otherFile, null);
        String other = Files.readString(otherFile);
        assertThatThrownBy(() -> App.create(cluster.config(dir, Map.of("VIGIE_FIELD_KEYSET", other))).close())
                .isInstanceOf(KeyFingerprints.KeysDiffer.class)
                .hasMessageContaining("the field encryption keyset").hasMessageNotContaining("the CSRF key");
    }

    @Test
    void after_a_rotation_a_node_with_the_keys_of_before_refuses_and_one_with_the_new_keys_starts() throws Exception {
        Path stale = cluster.newDataDir("stale-keys");
        cluster.copyKeysTo(stale);
        cluster.node(0).keyRotation().rotate("operator", false, keyset -> { });
        assertThatThrownBy(() -> App.create(cluster.config(stale)).close())
                .isInstanceOf(KeyFingerprints.KeysDiffer.class)
                .hasMessageContaining("the field encryption keyset").hasMessageContaining("recorded by operator");
        cluster.copyKeysTo(stale);
        try (App node = App.create(cluster.config(stale))) {
            assertThat(node.accounts().all()).isNotNull();
        }
    }
}
