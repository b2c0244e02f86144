package org.vigie.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.registries.proceedings.ProceedingStage;
import org.vigie.registries.reparations.Claim;
import org.vigie.registries.reparations.ClaimStatus;
import org.vigie.registries.reparations.HarmClass;
import org.vigie.registries.reparations.Measure;
import org.vigie.registries.reparations.NewClaim;
import org.vigie.registries.reparations.Programme;
import org.vigie.registries.reparations.Pseudonym;
import org.vigie.registries.schools.Closure;
import org.vigie.registries.schools.ClosureCause;
import org.vigie.registries.schools.ClosureReport;
import org.vigie.registries.schools.School;
import org.vigie.registries.schools.SchoolLevel;

/** The rules the registries' records keep on their own, without a database. */
class RegistryRulesTest {
    private static final Places PLACES = new Places(Gazetteer.ochaCodAb2015());
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    private static School school(LocalDate closedOn, LocalDate reopenedOn) {
        ClosureReport report = new ClosureReport(closedOn, ClosureCause.THREAT, 10, 12, 2, null);
        return new School(1, "École de Tessit", "ML0702", "Ansongo", null, SchoolLevel.FUNDAMENTAL_1,
                new Closure(1, report, reopenedOn, VerificationStatus.REPORTED, "m", Instant.EPOCH), "m", Instant.EPOCH);
    }

    @Test
    void a_school_cannot_reopen_before_the_day_it_closed() {
        assertThatThrownBy(() -> school(MARCH_1, null).reopen(MARCH_1.minusDays(1)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "reopened_on");
        assertThat(school(MARCH_1, null).reopen(MARCH_1)).isEqualTo(MARCH_1);
    }

    @Test
    void a_school_still_closed_cannot_close_again_and_a_reopened_one_not_before_its_reopening() {
        ClosureReport again = new ClosureReport(MARCH_1.plusDays(5), ClosureCause.ATTACK, null, null, null, null);
        assertThatThrownBy(() -> school(MARCH_1, null).closeAgain(again)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> school(MARCH_1, MARCH_1.plusDays(10)).closeAgain(again))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "closed_on");
        assertThat(school(MARCH_1, MARCH_1.plusDays(2)).closeAgain(again)).isEqualTo(again);
    }

    @Test
    void an_unknown_cercle_code_is_refused_with_the_cercles_of_its_region() {
        assertThatThrownBy(() -> PLACES.cercleOrCommune("pcode", "ML0799"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).args()[1].toString()).contains("Ansongo (ML0702)").contains("Bourem (ML0703)"));
    }

    @Test
    void a_place_name_instead_of_a_code_is_refused_with_the_codes_of_that_name() {
        assertThatThrownBy(() -> PLACES.cercleOrCommune("pcode", "ansongo"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).args()[1].toString()).contains("ML0702"));
    }

    @Test
    void a_region_is_too_wide_for_a_registry_record() {
        assertThatThrownBy(() -> PLACES.cercleOrCommune("pcode", "ml07"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "registries.place.unknown_near");
        assertThat(PLACES.cercleOrCommune("pcode", " ml0702 ").name()).isEqualTo("Ansongo");
    }

    @Test
    void a_pseudonym_is_a_code_and_never_a_name() {
        for (String name : List.of("Aminata Traoré", "TRAORE", "Moussa", "ab")) {
            assertThatThrownBy(() -> new Pseudonym(name)).as(name).isInstanceOf(InvalidInput.class)
                    .hasFieldOrPropertyWithValue("field", "pseudonym");
        }
        assertThat(new Pseudonym("cvjr-2025-0042").value()).isEqualTo("CVJR-2025-0042");
        assertThat(Pseudonym.typedOrNew(" ", 2026).value()).matches("REP-2026-[A-Z0-9]{4}");
    }

    @Test
    void an_amount_needs_the_compensation_measure() {
        assertThatThrownBy(() -> NewClaim.checkAmount(100_000L, EnumSet.of(Measure.REHABILITATION)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "amount_xof");
        assertThat(NewClaim.amount("1 500 000")).isEqualTo(1_500_000L);
    }

    @Test
    void a_paid_claim_keeps_its_status() {
        Claim paid = new Claim(1, "CVJR-1", EnumSet.of(HarmClass.MATERIAL_LOSS), null, Programme.CVJR, EnumSet.of(Measure.COMPENSATION),
                10L, ClaimStatus.IMPLEMENTED, MARCH_1, MARCH_1, "a", Instant.EPOCH);
        assertThatThrownBy(() -> paid.moveTo(ClaimStatus.REJECTED, MARCH_1.plusDays(1))).isInstanceOf(Conflict.class);
    }

    @Test
    void an_unknown_code_names_its_field() {
        assertThatThrownBy(() -> Coded.parse(ProceedingStage.class, "stage", "verdict"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "stage");
        assertThat(Coded.parse(ProceedingStage.class, "stage", " Appeal ")).isEqualTo(ProceedingStage.APPEAL);
    }
}
