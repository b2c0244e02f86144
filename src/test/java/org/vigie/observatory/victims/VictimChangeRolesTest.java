package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.App;
import org.vigie.errors.Forbidden;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/**
 * The role × action matrix of a victim's changes: who may edit its facts and identity, change its
 * consent and delete it, on an ordinary incident and on one of sexual or gender-based violence.
 */
class VictimChangeRolesTest {
    @TempDir
    static Path dir;
    static App app;
    static final Map<String, Principal> ACTORS = new LinkedHashMap<>();
    static long ordinary;
    static long restricted;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        for (Role r : Role.values()) {
            ACTORS.put(r.code(), TestApp.account(app, "chg-" + r.code().replace('_', '-'), r).principal());
        }
        ACTORS.put("other_monitor", TestApp.account(app, "chg-other-monitor", Role.MONITOR).principal());
        ordinary = TestIncidents.insert(app, "chg-monitor", false, "killing");
        restricted = TestIncidents.insert(app, "chg-monitor", true, "rape");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static Stream<Arguments> matrix() {
        Stream.Builder<Arguments> out = Stream.builder();
        Set<String> changers = Set.of("administrator", "analyst", "monitor");
        for (String action : List.of("edit", "identity", "consent", "delete")) {
            for (String actor : ACTORS_ORDER) {
                out.add(Arguments.of(actor, action, false, changers.contains(actor)));
                out.add(Arguments.of(actor, action, true, changers.contains(actor)));
            }
        }
        return out.build();
    }

    private static final List<String> ACTORS_ORDER =
            List.of("administrator", "analyst", "monitor", "other_monitor", "observer", "focal_point", "validator");

    @ParameterizedTest(name = "{0} {1} on a restricted incident: {2}, allowed: {3}")
    @MethodSource("matrix")
    void each_role_may_change_exactly_what_its_rules_allow(String actor, String action, boolean restrictedIncident, boolean allowed) {
        long incident = restrictedIncident ? restricted : ordinary;
        Victim v = recorded(incident);
        Throwable t = catchThrowable(() -> act(action, incident, v, ACTORS.get(actor)));
        if (allowed) {
            assertThat(t).isNull();
        } else if (restrictedIncident && (actor.equals("other_monitor") || actor.equals("observer"))) {
            // Outside the restricted view a restricted incident does not exist: not found, as a missing one.
            assertThat(t).isInstanceOf(NotFound.class);
        } else {
            assertThat(t).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void the_monitor_who_recorded_a_victim_may_not_delete_it_once_its_incident_is_verified() {
        long incident = TestIncidents.insert(app, "chg-monitor", false, "killing");
        Victim v = recorded(incident);
        app.database().jdbi().useHandle(h -> h.execute("UPDATE incident SET verification_status = 'verified' WHERE id = ?", incident));
        assertThat(catchThrowable(() -> app.victims().changes().delete(incident, v.id(), ACTORS.get("monitor"), "")))
                .isInstanceOf(Forbidden.class);
        assertThat(app.victims().changes().delete(incident, v.id(), ACTORS.get("analyst"), "")).isEqualTo(v.pseudonym());
    }

    @Test
    void a_monitor_may_edit_a_victim_they_recorded_under_another_monitors_incident() {
        Victim v = app.victims().record(ordinary, new VictimDraft(Sex.MALE, 40, null, Set.of(), List.of(), null, null),
                ACTORS.get("other_monitor"), "");
        Victim edited = app.victims().changes().edit(ordinary, v.id(), new VictimDraft(Sex.MALE, 41, null, Set.of(), List.of(), null, null),
                ACTORS.get("other_monitor"), "");
        assertThat(edited.age()).isEqualTo(41);
    }

    private static Victim recorded(long incident) {
        return app.victims().record(incident, new VictimDraft(Sex.FEMALE, 30, null, Set.of(VictimCategory.CIVILIAN), List.of(0),
                new Identity("Awa Sidibé", null, null, null, null), VictimRecordTest.documentation()), ACTORS.get("monitor"), "");
    }

    private static void act(String action, long incident, Victim v, Principal p) {
        VictimChanges changes = app.victims().changes();
        switch (action) {
            case "edit" -> changes.edit(incident, v.id(), new VictimDraft(Sex.FEMALE, 31, null, Set.of(), List.of(0), null, null), p, "");
            case "identity" -> changes.changeIdentity(incident, v.id(), new Identity("Awa Sidibé", null, "+223 70 00 00 00", null, null), p, "");
            case "consent" -> changes.changeConsent(incident, v.id(), new Consent(Set.of(), LocalDate.of(2025, 4, 1), "victim"), p, "");
            default -> changes.delete(incident, v.id(), p, "");
        }
    }
}
