package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/**
 * The role × field visibility matrix of a victim, for an ordinary incident and for one of sexual or
 * gender-based violence (restricted), and the audit of every reading of an identity.
 */
class VictimVisibilityTest {
    private static final String NAME = "Kadiatou Coulibaly";
    private static final Set<String> ALL = Set.of("facts", "exact_age", "pseudonym", "identity", "photo", "consent");
    private static final Set<String> FACTS = Set.of("facts", "pseudonym");
    private static final Set<String> NOTHING = Set.of();

    @TempDir
    static Path dir;
    static App app;
    static final Map<String, Principal> VIEWERS = new LinkedHashMap<>();
    static long ordinary;
    static long restricted;
    static Victim inOrdinary;
    static Victim inRestricted;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        for (Role r : Role.values()) {
            VIEWERS.put(r.code(), TestApp.account(app, "vis-" + r.code().replace('_', '-'), r).principal());
        }
        VIEWERS.put("other_monitor", TestApp.account(app, "vis-other-monitor", Role.MONITOR).principal());
        Principal recorder = VIEWERS.get("monitor");
        ordinary = TestIncidents.insert(app, recorder.username(), false, "killing");
        restricted = TestIncidents.insert(app, recorder.username(), true, "rape");
        inOrdinary = recordWithPhoto(ordinary, recorder);
        inRestricted = recordWithPhoto(restricted, recorder);
    }

    private static Victim recordWithPhoto(long incident, Principal recorder) {
        Victim v = app.victims().record(incident, new VictimDraft(Sex.FEMALE, 16, null, Set.of(VictimCategory.CHILD), List.of(0),
                new Identity(NAME, null, null, null, null), VictimRecordTest.documentation()), recorder, "");
        app.victims().addPhoto(incident, v.id(), VictimRecordTest.png(), recorder, "");
        return v;
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("administrator", false, ALL), Arguments.of("administrator", true, ALL),
                Arguments.of("analyst", false, ALL), Arguments.of("analyst", true, ALL),
                Arguments.of("monitor", false, ALL), Arguments.of("monitor", true, ALL),
                Arguments.of("other_monitor", false, ALL), Arguments.of("other_monitor", true, NOTHING),
                Arguments.of("observer", false, FACTS), Arguments.of("observer", true, NOTHING),
                Arguments.of("focal_point", false, NOTHING), Arguments.of("focal_point", true, NOTHING),
                Arguments.of("validator", false, NOTHING), Arguments.of("validator", true, NOTHING));
    }

    @ParameterizedTest(name = "{0} on a restricted incident: {1}, sees {2}")
    @MethodSource("matrix")
    void each_role_sees_exactly_its_fields_of_a_victim(String viewer, boolean restrictedIncident, Set<String> expected) {
        Principal p = VIEWERS.get(viewer);
        long incident = restrictedIncident ? restricted : ordinary;
        Victim victim = restrictedIncident ? inRestricted : inOrdinary;
        assertThat(seen(p, incident, victim)).isEqualTo(new TreeSet<>(expected));
    }

    private static Set<String> seen(Principal p, long incident, Victim victim) {
        Set<String> seen = new TreeSet<>();
        try {
            VictimList list = app.victims().list(incident, p);
            list.victims().stream().filter(v -> v.id() == victim.id()).findFirst().ifPresent(v -> {
                if (v.sex() == Sex.FEMALE && v.ageGroup() != null && v.categories().contains(VictimCategory.CHILD) && !v.actIds().isEmpty()) {
                    seen.add("facts");
                }
                if (v.age() != null && v.age() == 16) {
                    seen.add("exact_age");
                }
                if (v.pseudonym().equals(victim.pseudonym())) {
                    seen.add("pseudonym");
                }
                if (v.consent() != null) {
                    seen.add("consent");
                }
            });
        } catch (Forbidden | NotFound e) {
            // sees nothing of incidents, or not this one
        }
        try {
            if (app.victims().identity(incident, victim.id(), p, "", "matrix").map(Identity::fullName).orElse("").equals(NAME)) {
                seen.add("identity");
            }
        } catch (Forbidden | NotFound e) {
            // not allowed
        }
        try {
            if (!app.victims().photos(incident, victim.id(), p, "", "matrix").isEmpty()) {
                seen.add("photo");
            }
        } catch (Forbidden | NotFound e) {
            // not allowed
        }
        return seen;
    }

    @Test
    void outside_the_restricted_view_the_victims_of_a_restricted_incident_are_not_found_not_even_their_count() {
        assertThatThrownBy(() -> app.victims().list(restricted, VIEWERS.get("observer"))).isInstanceOf(NotFound.class)
                .hasMessage(new NotFound("incident " + restricted).getMessage());
        assertThatThrownBy(() -> app.victims().list(restricted, VIEWERS.get("other_monitor"))).isInstanceOf(NotFound.class);
    }

    @Test
    void counts_per_incident_include_restricted_incidents() {
        assertThat(app.victims().counts(List.of(ordinary, restricted))).containsEntry(ordinary, 1).containsEntry(restricted, 1);
    }

    @Test
    void a_victim_of_a_restricted_incident_cannot_be_opened_by_id_outside_the_restricted_view() {
        assertThatThrownBy(() -> app.victims().victim(restricted, inRestricted.id(), VIEWERS.get("other_monitor")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void every_reading_of_an_identity_is_audited_with_who_and_why() {
        Principal analyst = VIEWERS.get("analyst");
        AuditQuery reads = new AuditQuery("vis-analyst", "victim.identity.read", "victim:" + inOrdinary.id(), null, null, 0, 100);
        long before = app.audit().count(reads);
        app.victims().identity(ordinary, inOrdinary.id(), analyst, "10.1.1.1", "verification call");
        app.victims().identity(ordinary, inOrdinary.id(), analyst, "10.1.1.1", "second look");
        var entries = app.audit().find(reads);
        assertThat(entries).hasSize((int) before + 2);
        assertThat(entries.get(0).details()).contains("second look").contains(inOrdinary.pseudonym()).doesNotContain("Kadiatou");
        assertThat(entries.get(0).ip()).isEqualTo("10.1.1.1");
    }

    @Test
    void a_refused_reading_is_audited_too() {
        Principal observer = VIEWERS.get("observer");
        assertThatThrownBy(() -> app.victims().identity(ordinary, inOrdinary.id(), observer, "", "curious"))
                .isInstanceOf(Forbidden.class);
        assertThat(app.audit().find(new AuditQuery("vis-observer", "victim.identity.refused", "victim:" + inOrdinary.id(),
                null, null, 0, 10))).isNotEmpty();
    }

    @Test
    void without_consent_to_documentation_no_identity_is_shown_even_to_an_administrator() {
        Principal admin = VIEWERS.get("administrator");
        Victim v = app.victims().record(ordinary, new VictimDraft(Sex.MALE, null, null, Set.of(), List.of(), null, null), admin, "");
        assertThatThrownBy(() -> app.victims().identity(ordinary, v.id(), admin, "", "")).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_victim_asked_for_under_another_incident_is_not_found() {
        assertThatThrownBy(() -> app.victims().identity(restricted, inOrdinary.id(), VIEWERS.get("administrator"), "", ""))
                .isInstanceOf(org.vigie.errors.NotFound.class);
    }
}
