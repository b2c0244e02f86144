package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** List 41 of the HURIDOCS file swaps the French labels of "Unlikely" and "Likely"; Vigie reads them corrected. */
class ViolationStatusLabelsTest {

    private static final String LISTS = "list_code,english,french\n41,Violation status,Statut de la violation\n";
    private static final String HEADER = "list_code,vocab_number,huri_code,level,parent,english,french,spanish_other\n";
    private static final String EXTENSIONS = "code,english,french,grave_violations,acled_sub_event_types,related_huridocs\n";

    @Test
    void unlikely_reads_improbable_and_likely_reads_probable_in_french() {
        Vocabulary vocabulary = Vocabulary.standard();
        assertThat(vocabulary.huridocsTerm(41, "020000000000").orElseThrow().label())
                .isEqualTo(new Label("Unlikely", "Improbable"));
        assertThat(vocabulary.huridocsTerm(41, "040000000000").orElseThrow().label())
                .isEqualTo(new Label("Likely", "Probable"));
        assertThat(vocabulary.huridocsTerm(41, "030000000000").orElseThrow().label())
                .isEqualTo(new Label("Possible", "Possible"));
    }

    @Test
    void a_file_already_corrected_is_read_as_it_is() {
        String corrected = HEADER
                + "41,02000000000041,020000000000,0,0,Unlikely,Improbable,Improbable\n"
                + "41,04000000000041,040000000000,0,0,Likely,Probable,Probable\n";
        Vocabulary vocabulary = Vocabulary.fromCsv(LISTS, corrected, EXTENSIONS);
        assertThat(vocabulary.term("02000000000041").orElseThrow().label().french()).isEqualTo("Improbable");
        assertThat(vocabulary.term("04000000000041").orElseThrow().label().french()).isEqualTo("Probable");
    }

    @Test
    void the_same_labels_in_another_list_are_left_alone() {
        String lists = LISTS + "42,Reliability,Fiabilité\n";
        String terms = HEADER + "42,02000000000042,020000000000,0,0,Unlikely,Probable,Probable\n";
        Vocabulary vocabulary = Vocabulary.fromCsv(lists, terms, EXTENSIONS);
        assertThat(vocabulary.term("02000000000042").orElseThrow().label().french()).isEqualTo("Probable");
    }
}
