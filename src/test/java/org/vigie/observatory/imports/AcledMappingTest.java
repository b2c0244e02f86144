package org.vigie.observatory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.observatory.imports.AcledFiles.only;
import static org.vigie.observatory.imports.AcledFiles.read;
import static org.vigie.observatory.imports.AcledFiles.synthetic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.vocabulary.Vocabulary;

/** What each column of ACLED's export becomes in an incident draft (synthetic events in Mali). */
class AcledMappingTest {

    private final IncidentImport result = read(synthetic());

    @Test
    void every_event_that_records_an_act_becomes_an_incident_and_the_others_a_warning() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).extracting(IncidentDraft::externalId)
                .containsExactly("MLI90001", "MLI90002", "MLI90003", "MLI90004", "MLI90006", "MLI90007");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("observatory.import.acled_not_an_act");
            assertThat(w.args()).containsExactly("MLI90005", "Agreement");
        });
    }

    @Test
    void an_attack_with_fatalities_is_a_killing_whose_dead_are_counted_victims() {
        IncidentDraft d = only(result, "MLI90001");

        assertThat(d.origin()).isEqualTo(Origin.ACLED);
        assertThat(d.acts()).singleElement().satisfies(act -> {
            assertThat(act.actType()).isEqualTo(AcledActs.KILLING_IN_CONFLICT);
            assertThat(act.unrecordedVictims()).isEqualTo(3);
        });
        assertThat(d.date()).isEqualTo(IncidentDate.on(LocalDate.of(2024, 3, 15)));
        assertThat(d.place()).isEqualTo(PCode.of("ML050218"));
        assertThat(d.locality()).isEqualTo("Sangha");
        assertThat(d.latitude()).isEqualTo(14.4667);
        assertThat(d.longitude()).isEqualTo(-3.3167);
        assertThat(d.descriptionEn()).startsWith("SYNTHETIC TEST EVENT.").contains("\nkilling 3 civilians.");
        assertThat(d.descriptionFr()).isNull();
        assertThat(d.title()).isEqualTo("Attack, Sangha");
    }

    @Test
    void the_source_names_acled_and_its_sources_and_the_day_acled_recorded_the_event() {
        SourceDraft source = only(result, "MLI90001").sources().get(0);

        assertThat(source.description()).isEqualTo("ACLED MLI90001: Studio Tamani; Local partner (Local partner-National)");
        assertThat(source.reportedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(source.kind()).isEqualTo(AcledRow.NEWSPAPER_WRITE_UP);
    }

    @Test
    void a_group_the_security_council_lists_as_terrorist_is_in_that_category() {
        assertThat(only(result, "MLI90001").acts().get(0).perpetrators()).singleElement().satisfies(p -> {
            assertThat(p.category()).isEqualTo(PerpetratorCategory.TERRORIST_GROUPS);
            assertThat(p.groupName()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        });
    }

    @Test
    void an_abduction_by_state_forces_is_an_enforced_disappearance() {
        ActDraft act = only(result, "MLI90002").acts().get(0);

        assertThat(act.actType()).isEqualTo("VG-ENFORCED-DISAPPEARANCE");
        assertThat(act.perpetrators().get(0).category()).isEqualTo(PerpetratorCategory.STATE_FORCES);
    }

    @Test
    void a_date_known_to_the_week_is_the_seven_days_around_acleds_middle_day() {
        IncidentDate date = only(result, "MLI90002").date();

        assertThat(date.start()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(date.end()).isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void a_date_known_to_the_month_is_the_month() {
        assertThat(only(result, "MLI90003").date()).isEqualTo(IncidentDate.in(java.time.YearMonth.of(2024, 1)));
    }

    @Test
    void acleds_timbuktu_is_ochas_tombouctou() {
        assertThat(only(result, "MLI90003").place()).isEqualTo(PCode.of("ML060306"));
    }

    @Test
    void a_region_created_after_2015_keeps_the_region_of_2015_whose_territory_it_was_with_a_warning() {
        IncidentImport taoudeni = read(java.util.List.of(AcledFiles.header(),
                AcledFiles.event("MLI90003").replace(",Timbuktu,Goundam,Essakane,", ",Taoudeni,Achouratt,,")));

        assertThat(taoudeni.drafts().get(0).place()).isEqualTo(PCode.of("ML06"));
        assertThat(taoudeni.warnings()).singleElement().satisfies(w -> assertThat(w.where()).isEqualTo("line 2, column admin2"));
    }

    @Test
    void an_unidentified_armed_group_is_an_unknown_perpetrator() {
        assertThat(only(result, "MLI90003").acts().get(0).perpetrators().get(0).category()).isEqualTo(PerpetratorCategory.UNKNOWN);
    }

    @Test
    void the_menaka_region_created_after_2015_is_found_in_the_gao_region_of_the_2015_list() {
        assertThat(only(result, "MLI90004").place()).isEqualTo(PCode.of("ML070403"));
    }

    @Test
    void a_commune_not_in_the_code_list_keeps_the_cercle_with_a_warning_naming_line_and_column() {
        assertThat(only(result, "MLI90006").place()).isEqualTo(PCode.of("ML0205"));
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("observatory.import.place_kept_above");
            assertThat(w.where()).isEqualTo("line 8, column admin3");
            assertThat(w.args()).containsExactly("Unknownville", "ML0205");
        });
    }

    @Test
    void an_identity_militia_is_a_self_defence_group() {
        assertThat(only(result, "MLI90006").acts().get(0).perpetrators().get(0).category())
                .isEqualTo(PerpetratorCategory.SELF_DEFENCE_MILITIA);
        assertThat(only(result, "MLI90006").acts().get(0).actType()).isEqualTo(AcledActs.SEXUAL_VIOLATION);
    }

    @Test
    void a_town_is_found_as_ochas_commune_of_the_same_name() {
        assertThat(only(result, "MLI90007").place()).isEqualTo(PCode.of("ML010112"));
    }

    @Test
    void an_attack_without_fatalities_is_an_assault() {
        assertThat(only(result, "MLI90007").acts().get(0).actType()).isEqualTo(AcledActs.PHYSICAL_ASSAULT);
    }

    @Test
    void every_act_type_the_import_chooses_is_in_the_vocabulary() {
        Vocabulary vocabulary = Vocabulary.standard();
        for (AcledSubEventType type : AcledSubEventType.values()) {
            for (PerpetratorCategory category : PerpetratorCategory.values()) {
                AcledActs.actType(type, 1, category).ifPresent(code -> assertThat(vocabulary.term(code)).as(code).isPresent());
                AcledActs.actType(type, 0, category).ifPresent(code -> assertThat(vocabulary.term(code)).as(code).isPresent());
            }
        }
        assertThat(vocabulary.term(AcledRow.NEWSPAPER_WRITE_UP)).isPresent();
        assertThat(vocabulary.term(AcledRow.RELIABILITY_UNKNOWN)).isPresent();
        assertThat(vocabulary.term(AcledRow.SUSPECTED_INVOLVEMENT)).isPresent();
    }
}
