package org.vigie.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a node takes part in jobs and scheduled work, read from its environment. */
class JobSettingsTest {

    @Test
    void without_settings_a_node_runs_two_workers_with_a_lease_of_thirty_seconds_and_sends_no_reminders() {
        JobSettings s = JobSettings.fromEnvironment(Map.of());
        assertThat(s.workers()).isEqualTo(2);
        assertThat(s.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.check()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.remindersEvery()).isNull();
    }

    @Test
    void the_environment_sets_the_lease_the_check_the_reminders_and_keeps_only_the_smtp_entries() {
        JobSettings s = JobSettings.fromEnvironment(Map.of("VIGIE_JOB_LEASE_SECONDS", "5", "VIGIE_SCHEDULE_CHECK_SECONDS", "2",
                "VIGIE_REMINDERS_EVERY_HOURS", "24", "VIGIE_SMTP_HOST", "smtp.example.org", "DATABASE_PASSWORD", "secret"));
        assertThat(s.lease()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.check()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.remindersEvery()).isEqualTo(Duration.ofHours(24));
        assertThat(s.smtp()).containsOnlyKeys("VIGIE_SMTP_HOST");
    }

    @Test
    void a_value_that_is_not_a_number_names_its_variable() {
        assertThatThrownBy(() -> JobSettings.fromEnvironment(Map.of("VIGIE_JOB_LEASE_SECONDS", "half a minute")))
                .hasMessageContaining("VIGIE_JOB_LEASE_SECONDS").hasMessageContaining("half a minute");
    }

    @Test
    void a_lease_under_a_second_is_refused() {
        assertThatThrownBy(() -> JobSettings.fromEnvironment(Map.of("VIGIE_JOB_LEASE_SECONDS", "0")))
                .hasMessageContaining("VIGIE_JOB_LEASE_SECONDS");
    }
}
