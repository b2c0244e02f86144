package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.config.Config;

/** {@code DATABASE_REPLICA_URL} and its companions, read as {@code Config.of} reads the environment. */
class ReplicaSettingsTest {
    private static DatabaseSettings.Replica replica(Map<String, String> env) {
        return ((DatabaseSettings.External) Config.of(Path.of("data"), "localhost", 0, false, env).database()).replica();
    }

    @Test
    void without_a_replica_url_there_is_no_replica() {
        assertThat(replica(Map.of("DATABASE_URL", "postgres://db1:5432/vigie"))).isNull();
    }

    @Test
    void the_replica_takes_the_primarys_role_unless_told_another() {
        DatabaseSettings.Replica r = replica(Map.of("DATABASE_URL", "postgres://db1:5432/vigie", "DATABASE_USER", "vigie_app",
                "DATABASE_PASSWORD", "s3cret", "DATABASE_REPLICA_URL", "postgres://db2:5432/vigie"));
        assertThat(r.jdbcUrl()).isEqualTo("jdbc:postgresql://db2:5432/vigie");
        assertThat(r.user()).isEqualTo("vigie_app");
        assertThat(r.password()).isEqualTo("s3cret");
        assertThat(r.maxWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(r.toString()).doesNotContain("s3cret");
    }

    @Test
    void a_role_of_its_own_and_a_wait_are_taken_from_the_environment() {
        DatabaseSettings.Replica r = replica(Map.of("DATABASE_URL", "postgres://db1:5432/vigie", "DATABASE_USER", "vigie_app",
                "DATABASE_REPLICA_URL", "postgres://reader:pw@db2:5432/vigie", "DATABASE_REPLICA_MAX_WAIT_MS", "250"));
        assertThat(r.user()).isEqualTo("reader");
        assertThat(r.password()).isEqualTo("pw");
        assertThat(r.maxWait()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void a_wait_that_is_not_a_number_of_milliseconds_is_refused_by_name() {
        assertThatThrownBy(() -> replica(Map.of("DATABASE_URL", "postgres://db1/vigie", "DATABASE_REPLICA_URL", "postgres://db2/vigie",
                "DATABASE_REPLICA_MAX_WAIT_MS", "half a second"))).hasMessageContaining("DATABASE_REPLICA_MAX_WAIT_MS");
        assertThatThrownBy(() -> replica(Map.of("DATABASE_URL", "postgres://db1/vigie", "DATABASE_REPLICA_URL", "mysql://db2/vigie")))
                .hasMessageContaining("DATABASE_REPLICA_URL");
    }
}
