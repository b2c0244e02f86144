package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigie.observatory.incidents.VerificationStatus.DISMISSED;
import static org.vigie.observatory.incidents.VerificationStatus.PENDING_VERIFICATION;
import static org.vigie.observatory.incidents.VerificationStatus.REPORTED;
import static org.vigie.observatory.incidents.VerificationStatus.VERIFIED;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;

class VerificationStatusTest {

    @Test
    void a_report_is_examined_or_dismissed_before_it_can_be_verified() {
        assertThat(REPORTED.next()).containsExactlyInAnyOrder(PENDING_VERIFICATION, DISMISSED);
        assertThat(REPORTED.canBecome(VERIFIED)).isFalse();
    }

    @Test
    void an_examined_incident_is_verified_or_dismissed() {
        assertThat(PENDING_VERIFICATION.next()).containsExactlyInAnyOrder(VERIFIED, DISMISSED);
    }

    @Test
    void a_concluded_incident_is_only_reopened_for_examination() {
        assertThat(VERIFIED.next()).containsExactly(PENDING_VERIFICATION);
        assertThat(DISMISSED.next()).containsExactly(PENDING_VERIFICATION);
    }

    @Test
    void no_status_moves_to_itself() {
        for (VerificationStatus status : VerificationStatus.values()) {
            assertThat(status.canBecome(status)).isFalse();
        }
    }

    @Test
    void a_forbidden_move_is_refused_naming_both_statuses() {
        assertThat(REPORTED.moveTo(PENDING_VERIFICATION)).isEqualTo(PENDING_VERIFICATION);
        assertThatThrownBy(() -> VERIFIED.moveTo(DISMISSED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("verification_status");
                    assertThat(e.messageKey()).isEqualTo("observatory.verification.not_allowed");
                    assertThat(e.args()).containsExactly("VERIFIED", "DISMISSED");
                });
    }

    @Test
    void statuses_read_in_french_and_english() {
        assertThat(PENDING_VERIFICATION.label().in(Locale.FRENCH)).isEqualTo("En cours de vérification");
        assertThat(PENDING_VERIFICATION.label().in(Locale.ENGLISH)).isEqualTo("Pending verification");
    }
}
