package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.Victim;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.victims.VictimList;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Recording an incident with its victims in one step: all or nothing, under the rules of victims recorded one by one. */
class IncidentRecorderTest {
    @TempDir
    static Path dir;
    static App app;
    static Principal monitor;
    static Principal otherMonitor;
    static Principal observer;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        monitor = TestApp.account(app, "one-monitor", Role.MONITOR).principal();
        otherMonitor = TestApp.account(app, "two-monitor", Role.MONITOR).principal();
        observer = TestApp.account(app, "one-observer", Role.OBSERVER).principal();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static IncidentDraft incident(String... acts) {
        return Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), acts);
    }

    static VictimDraft victim(Sex sex, Integer age, String name, List<Integer> acts) {
        return new VictimDraft(sex, age, null, Set.of(VictimCategory.CIVILIAN), acts,
                name == null ? null : new Identity(name, null, "+223 76 12 34 56", null, null),
                name == null ? null : new Consent(Set.of(ConsentUse.DOCUMENTATION), LocalDate.of(2025, 3, 15), "victim"));
    }

    static Map<String, Long> counts() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM incident) AS incidents, "
                        + "(SELECT count(*) FROM victim) AS victims, (SELECT count(*) FROM victim_act) AS victim_acts, "
                        + "(SELECT count(*) FROM audit_entry) AS audit")
                .map((rs, ctx) -> Map.of("incidents", rs.getLong(1), "victims", rs.getLong(2), "victim_acts", rs.getLong(3), "audit", rs.getLong(4)))
                .one());
    }

    static InvalidInput refused(IncidentDraft d, List<VictimDraft> victims, Map<String, Long> before) {
        Throwable t = catchThrowable(() -> app.incidentRecorder().record(d, victims, monitor, "127.0.0.1"));
        assertThat(t).isInstanceOf(InvalidInput.class);
        assertThat(counts()).as("nothing written").isEqualTo(before);
        return (InvalidInput) t;
    }

    @Test
    void one_step_stores_the_incident_its_victims_the_acts_they_suffered_and_an_audit_entry_for_each() {
        var r = app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION, Drafts.DISAPPEARANCE),
                List.of(victim(Sex.FEMALE, 34, "Awa Traoré", List.of(0, 1)), victim(Sex.MALE, 12, null, List.of(1))), monitor, "10.0.0.7");
        Incident stored = app.observatory().incident(r.id(), monitor);
        assertThat(stored.reference()).isEqualTo(r.reference()).startsWith("ML-2025-");
        assertThat(stored.acts()).hasSize(2);
        VictimList list = app.victims().list(r.id(), monitor);
        assertThat(list.victims()).extracting(Victim::pseudonym).containsExactlyElementsOf(r.pseudonyms());
        Victim awa = list.victims().get(0);
        assertThat(awa.actIds()).containsExactly(stored.acts().get(0).id(), stored.acts().get(1).id());
        assertThat(awa.hasIdentity()).isTrue();
        assertThat(list.victims().get(1).ageGroup()).isEqualTo(AgeGroup.CHILD_12_17);
        assertThat(list.victims().get(1).actIds()).containsExactly(stored.acts().get(1).id());
        assertThat(app.audit().find(new AuditQuery(null, null, "incident:" + r.id(), null, null, 0, 50))).extracting(e -> e.action()).containsExactly("incident.recorded");
        for (long victimId : r.victimIds()) {
            assertThat(app.audit().find(new AuditQuery(null, null, "victim:" + victimId, null, null, 0, 50))).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("victim.recorded"))
                    .satisfies(e -> assertThat(e.details()).contains("\"incident\":\"" + r.id() + "\"").doesNotContain("Awa"));
        }
        assertThat(app.audit().verify().intact()).isTrue();
    }

    @Test
    void the_identity_recorded_in_one_step_decrypts_for_its_recorder() {
        var r = app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION), List.of(victim(Sex.FEMALE, 40, "Fatoumata Diallo", List.of(0))),
                monitor, "127.0.0.1");
        assertThat(app.victims().identity(r.id(), r.victimIds().get(0), monitor, "127.0.0.1", "test"))
                .hasValueSatisfying(i -> assertThat(i.fullName()).isEqualTo("Fatoumata Diallo"));
    }

    @Test
    void a_bad_victim_writes_nothing_and_the_error_names_the_victim_and_its_field() {
        Map<String, Long> before = counts();
        InvalidInput e = refused(incident(Drafts.SUMMARY_EXECUTION),
                List.of(victim(Sex.FEMALE, 30, null, List.of(0)), victim(Sex.MALE, 200, null, List.of(0))), before);
        assertThat(e.field()).isEqualTo("victims[1].age");
    }

    @Test
    void a_victim_pointing_at_an_act_the_incident_lacks_is_refused() {
        InvalidInput e = refused(incident(Drafts.SUMMARY_EXECUTION), List.of(victim(Sex.FEMALE, 30, null, List.of(1))), counts());
        assertThat(e.field()).isEqualTo("victims[0].acts[0]");
    }

    @Test
    void an_identity_without_consent_to_documentation_is_refused_and_nothing_is_written() {
        VictimDraft noConsent = new VictimDraft(Sex.FEMALE, 30, null, Set.of(), List.of(), new Identity("Awa", null, null, null, null), null);
        InvalidInput e = refused(incident(Drafts.SUMMARY_EXECUTION), List.of(noConsent), counts());
        assertThat(e.field()).isEqualTo("victims[0].consent");
    }

    @Test
    void a_bad_incident_field_is_named_as_without_victims() {
        IncidentDraft noTitle = Drafts.withTitle(incident(Drafts.SUMMARY_EXECUTION), " ");
        InvalidInput e = refused(noTitle, List.of(victim(Sex.FEMALE, 30, null, List.of(0))), counts());
        assertThat(e.field()).isEqualTo("title");
    }

    @Test
    void an_observer_may_not_record_victims_and_nothing_is_written() {
        Map<String, Long> before = counts();
        Throwable t = catchThrowable(() -> app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION),
                List.of(victim(Sex.FEMALE, 30, null, List.of(0))), observer, "127.0.0.1"));
        assertThat(t).isInstanceOf(Forbidden.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void victims_of_sexual_violence_recorded_in_one_step_are_in_the_restricted_view_of_their_recorder_only() {
        var r = app.incidentRecorder().record(incident(Drafts.RAPE), List.of(victim(Sex.FEMALE, 25, "Aminata", List.of(0))), monitor, "127.0.0.1");
        assertThat(app.observatory().incident(r.id(), monitor).restricted()).isTrue();
        VictimList own = app.victims().list(r.id(), monitor);
        assertThat(own.detailsVisible()).isTrue();
        assertThat(own.victims()).singleElement().satisfies(v -> assertThat(v.hasIdentity()).isTrue());
        assertThatThrownBy(() -> app.victims().list(r.id(), otherMonitor)).isInstanceOf(org.vigie.errors.NotFound.class);
    }

    @Test
    void pseudonyms_drawn_together_are_distinct_and_never_those_already_given() {
        var r = app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION),
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> victim(Sex.UNKNOWN, null, null, List.of())).toList(), monitor, "");
        assertThat(r.pseudonyms()).hasSize(12).doesNotHaveDuplicates().allMatch(p -> p.matches("V-[0-9A-Z]{6}"));
        long total = app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(DISTINCT pseudonym) = count(*) FROM victim")
                .mapTo(Boolean.class).one()) ? 1 : 0;
        assertThat(total).isEqualTo(1);
    }

    @Test
    void the_counts_by_place_are_right_right_after() {
        long before = cercleCount();
        app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION), List.of(victim(Sex.FEMALE, 30, null, List.of(0))), monitor, "");
        assertThat(cercleCount()).isEqualTo(before + 1);
        long recount = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM incident WHERE adm2_pcode = 'ML0502' AND verification_status = 'reported' AND NOT restricted")
                .mapTo(Long.class).one());
        assertThat(cercleCount()).isEqualTo(recount);
    }

    static long cercleCount() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT coalesce(sum(incidents), 0) FROM incident_place_count "
                + "WHERE adm2_pcode = 'ML0502' AND verification_status = 'reported' AND NOT restricted").mapTo(Long.class).one());
    }

    @Test
    void the_incident_recorded_in_one_step_is_found_by_search_at_once() {
        IncidentDraft d = Drafts.withTitle(incident(Drafts.SUMMARY_EXECUTION), "Attaque du puits de Koundou");
        var r = app.incidentRecorder().record(d, List.of(victim(Sex.MALE, 50, null, List.of(0))), monitor, "");
        var hits = app.search().search(new org.vigie.search.SearchQuery("Koundou", null, 0, 10), monitor);
        assertThat(hits.hits()).extracting(h -> h.id()).contains(Long.toString(r.id()));
    }

    @Test
    void an_incident_with_two_victims_takes_a_dozen_statements_and_one_commit() {
        List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread recording = Thread.currentThread();
        var config = app.database().jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class);
        config.setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext context) {
                // The recording's own statements: the search follower reads the change log on its own thread meanwhile.
                if (Thread.currentThread() == recording) {
                    statements.add(context.getRawSql());
                }
            }
        });
        try {
            app.incidentRecorder().record(incident(Drafts.SUMMARY_EXECUTION), List.of(victim(Sex.FEMALE, 34, "Awa Traoré", List.of(0)),
                    victim(Sex.MALE, 36, "Moussa Traoré", List.of(0))), monitor, "127.0.0.1");
        } finally {
            config.setSqlLogger(org.jdbi.v3.core.statement.SqlLogger.NOP_SQL_LOGGER);
        }
        // Draw ids and pseudonyms; incident, acts, perpetrators, sources; search queue; victims, their acts, their consent;
        // audit lock, last entry, entries.
        assertThat(statements).as(String.join("\n", statements)).hasSize(12);
    }

    @Test
    void victims_added_together_to_a_stored_incident_are_all_or_nothing() {
        long id = app.observatory().record(incident(Drafts.SUMMARY_EXECUTION), monitor.username(), "");
        Map<String, Long> before = counts();
        Throwable t = catchThrowable(() -> app.victims().recordAll(id, List.of(victim(Sex.FEMALE, 30, null, List.of(0)),
                victim(Sex.MALE, 30, null, List.of(3))), monitor, ""));
        assertThat(t).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) t).field()).isEqualTo("victims[1].acts[0]");
        assertThat(counts()).isEqualTo(before);
        List<Long> ids = app.victims().recordAll(id, List.of(victim(Sex.FEMALE, 30, "Awa", List.of(0)), victim(Sex.MALE, 30, null, List.of(0))),
                monitor, "");
        assertThat(app.victims().list(id, monitor).victims()).extracting(Victim::id).containsExactlyElementsOf(ids);
        assertThat(counts().get("audit")).isEqualTo(before.get("audit") + 2);
    }
}
