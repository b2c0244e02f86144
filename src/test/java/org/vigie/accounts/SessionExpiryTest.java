package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.crypto.FieldCipher;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Sessions end after their idle time, and after twelve hours whatever happens. */
class SessionExpiryTest {
    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        TestApp.account(app, "moussa", Role.MONITOR);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Authentication at(Instant now) throws Exception {
        FieldCipher cipher = FieldCipher.load(dir.resolve("keys/fields.json"), null);
        return new Authentication(app.database().jdbi(), app.audit(), cipher, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(30));
    }

    private static String login(Instant now) throws Exception {
        return ((LoginResult.Success) at(now).login("moussa", TestApp.PASSWORD, "127.0.0.1")).sessionToken();
    }

    @Test
    void a_session_used_within_its_idle_time_stays_open() throws Exception {
        Instant t0 = Instant.now();
        String token = login(t0);
        assertThat(at(t0.plus(Duration.ofMinutes(29))).bySession(token)).isPresent();
    }

    @Test
    void a_session_idle_longer_than_its_idle_time_is_ended() throws Exception {
        Instant t0 = Instant.now();
        String token = login(t0);
        assertThat(at(t0.plus(Duration.ofMinutes(31))).bySession(token)).isEmpty();
        assertThat(at(t0).bySession(token)).as("ended for good").isEmpty();
    }

    @Test
    void a_session_ends_after_twelve_hours_even_when_used() throws Exception {
        Instant t0 = Instant.now();
        String token = login(t0);
        for (int h = 1; h <= 11; h++) {
            for (int m = 0; m < 60; m += 20) {
                assertThat(at(t0.plus(Duration.ofHours(h - 1).plusMinutes(m))).bySession(token)).isPresent();
            }
        }
        assertThat(at(t0.plus(Authentication.MAX_SESSION).plus(Duration.ofMinutes(1))).bySession(token)).isEmpty();
    }
}
