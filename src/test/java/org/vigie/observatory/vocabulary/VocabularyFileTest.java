package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;

/** A vocabulary file that breaks its rules stops the load, naming the file and line or the code at fault. */
class VocabularyFileTest {

    private static final String LISTS = "list_code,english,french\n4,Types of acts,Types d'actes\n";
    private static final String HEADER = "list_code,vocab_number,huri_code,level,parent,english,french,spanish_other\n";
    private static final String TERM = "4,01000000000004,010000000000,0,0,Violations of the right to life,Violations du droit à la vie,x\n";
    private static final String EXT_HEADER = "code,english,french,grave_violations,acled_sub_event_types,related_huridocs\n";

    @Test
    void a_quoted_label_may_hold_commas() {
        String terms = HEADER + "4,01000000000004,010000000000,0,0,\"Life, right to\",\"Vie, droit à la\",x\n";
        assertThat(Vocabulary.fromCsv(LISTS, terms, EXT_HEADER).term("01000000000004").orElseThrow().label().french())
                .isEqualTo("Vie, droit à la");
    }

    @Test
    void a_term_without_a_french_label_is_reported_with_its_line() {
        assertMalformedLine(HEADER + TERM + "4,01010000000004,010100000000,1,01000000000004,Killing,,x\n", EXT_HEADER, "huridocs line 3");
    }

    @Test
    void an_extension_with_an_unknown_acled_sub_type_is_reported_with_its_line() {
        assertMalformedLine(HEADER + TERM, EXT_HEADER + "VG-X,X,X fr,,Massacre,\n", "vigie-extensions line 2");
    }

    @Test
    void an_extension_with_an_unknown_grave_violation_is_reported_with_its_line() {
        assertMalformedLine(HEADER + TERM, EXT_HEADER + "VG-X,X,X fr,TORTURE,Attack,\n", "vigie-extensions line 2");
    }

    @Test
    void an_extension_code_without_the_vigie_prefix_is_reported_with_its_line() {
        assertMalformedLine(HEADER + TERM, EXT_HEADER + "01000000000004,X,X fr,,Attack,\n", "vigie-extensions line 2");
    }

    @Test
    void a_term_whose_parent_is_missing_is_refused() {
        String terms = HEADER + "4,01010000000004,010100000000,1,01000000000004,Killing,Meurtre,x\n";
        assertThatThrownBy(() -> Vocabulary.fromCsv(LISTS, terms, EXT_HEADER))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observatory.vocabulary.unknown_parent"));
    }

    @Test
    void a_term_whose_parent_is_not_one_level_up_is_refused() {
        String terms = HEADER + TERM + "4,01010100000004,010101000000,2,01000000000004,Killing,Meurtre,x\n";
        assertThatThrownBy(() -> Vocabulary.fromCsv(LISTS, terms, EXT_HEADER))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observatory.vocabulary.misplaced_parent"));
    }

    @Test
    void a_code_given_twice_is_refused() {
        assertThatThrownBy(() -> Vocabulary.fromCsv(LISTS, HEADER + TERM + TERM, EXT_HEADER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("observatory.vocabulary.duplicate_code");
                    assertThat(e.args()).containsExactly("01000000000004");
                });
    }

    @Test
    void an_extension_pointing_at_a_missing_huridocs_term_is_refused() {
        assertThatThrownBy(() -> Vocabulary.fromCsv(LISTS, HEADER + TERM, EXT_HEADER + "VG-X,X,X fr,,Attack,01010000000004\n"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observatory.vocabulary.unknown_related_term"));
    }

    private static void assertMalformedLine(String terms, String extensions, String field) {
        assertThatThrownBy(() -> Vocabulary.fromCsv(LISTS, terms, extensions))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo("observatory.reference.malformed_row");
                });
    }
}
