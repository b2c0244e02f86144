package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.links.IncidentLink;
import org.vigie.observatory.links.LinkKind;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Verification moves, who and when; links; possible duplicates merged or dismissed for good. */
class VerificationTest {
    @TempDir
    static Path dir;
    static App app;
    static Observatory observatory;
    static Verification verification;
    static final Principal ANALYST = IncidentRecordTest.ANALYST;
    static final Principal MONITOR = new Principal(3, "monitor", Role.MONITOR, null);

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        observatory = app.observatory();
        verification = app.verification();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static long record(String pcode, LocalDate day, String act) {
        return observatory.record(Drafts.draft(pcode, day, act), "monitor", "ip");
    }

    @Test
    void an_incident_is_examined_then_verified_with_who_and_when_and_every_move_is_audited() {
        long id = record("ML0101", LocalDate.of(2024, 1, 5), Drafts.SUMMARY_EXECUTION);
        verification.examine(ANALYST, "ip", id);
        verification.verify(ANALYST, "ip", id);
        Incident i = observatory.incident(id, ANALYST);
        assertThat(i.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(i.verifiedBy()).isEqualTo("analyst");
        assertThat(i.verifiedAt()).isNotNull();
        assertThat(app.audit().count(new AuditQuery("analyst", "incident.verification", "incident:" + id, null, null, 0, 10))).isEqualTo(2);
    }

    @Test
    void a_verified_incident_is_reopened_not_dismissed_straight_away() {
        long id = record("ML0101", LocalDate.of(2024, 1, 6), Drafts.SUMMARY_EXECUTION);
        verification.examine(ANALYST, "ip", id);
        verification.verify(ANALYST, "ip", id);
        assertThatThrownBy(() -> verification.dismiss(ANALYST, "ip", id)).isInstanceOf(InvalidInput.class);
        verification.reopen(ANALYST, "ip", id);
        assertThat(observatory.incident(id, ANALYST).status()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(observatory.incident(id, ANALYST).verifiedBy()).isNull();
    }

    @Test
    void a_monitor_cannot_verify() {
        long id = record("ML0101", LocalDate.of(2024, 1, 7), Drafts.SUMMARY_EXECUTION);
        assertThatThrownBy(() -> verification.examine(MONITOR, "ip", id)).isInstanceOf(Forbidden.class);
    }

    @Test
    void links_show_on_both_incidents() {
        long a = record("ML0201", LocalDate.of(2024, 2, 1), Drafts.SUMMARY_EXECUTION);
        long b = record("ML0301", LocalDate.of(2024, 2, 1), Drafts.SUMMARY_EXECUTION);
        verification.link(ANALYST, "ip", a, b, LinkKind.RELATED_TO);
        assertThat(observatory.incident(a, ANALYST).links()).singleElement()
                .satisfies(l -> assertThat(l).extracting(IncidentLink::otherId, IncidentLink::kind, IncidentLink::outgoing)
                        .containsExactly(b, LinkKind.RELATED_TO, true));
        assertThat(observatory.incident(b, ANALYST).links()).singleElement().satisfies(l -> assertThat(l.outgoing()).isFalse());
        assertThatThrownBy(() -> verification.link(ANALYST, "ip", a, a, LinkKind.RELATED_TO)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void possible_duplicates_are_flagged_until_merged() {
        long a = record(Drafts.SANGHA, LocalDate.of(2024, 5, 10), Drafts.SUMMARY_EXECUTION);
        long b = record(Drafts.BANDIAGARA_COMMUNE, LocalDate.of(2024, 5, 12), Drafts.SUMMARY_EXECUTION);
        record(Drafts.BANDIAGARA_COMMUNE, LocalDate.of(2024, 5, 12), Drafts.ATTACK_SCHOOL);
        assertThat(verification.possibleDuplicatesOf(ANALYST, a)).singleElement()
                .satisfies(p -> assertThat(p.second().id()).isEqualTo(b));
        assertThat(verification.possibleDuplicates(ANALYST, 100)).anySatisfy(p -> assertThat(p.first().id()).isEqualTo(a));
        verification.merge(ANALYST, "ip", b, a);
        assertThat(verification.possibleDuplicatesOf(ANALYST, a)).isEmpty();
        assertThat(observatory.incident(b, ANALYST).duplicateOf()).hasValueSatisfying(l -> assertThat(l.otherId()).isEqualTo(a));
        assertThatThrownBy(() -> verification.merge(ANALYST, "ip", b, a + 1000)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_pair_found_distinct_is_never_flagged_again() {
        long a = record(Drafts.MOPTI_COMMUNE, LocalDate.of(2024, 7, 1), Drafts.DISAPPEARANCE);
        long b = record(Drafts.MOPTI_COMMUNE, LocalDate.of(2024, 7, 2), Drafts.DISAPPEARANCE);
        assertThat(verification.possibleDuplicatesOf(ANALYST, b)).hasSize(1);
        verification.notDuplicate(ANALYST, "ip", b, a);
        assertThat(verification.possibleDuplicatesOf(ANALYST, a)).isEmpty();
        assertThat(verification.possibleDuplicatesOf(ANALYST, b)).isEmpty();
    }
}
