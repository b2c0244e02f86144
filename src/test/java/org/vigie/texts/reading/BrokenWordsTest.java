package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;

class BrokenWordsTest {

    @Test
    void a_word_split_by_a_copy_from_a_pdf_is_joined_when_the_text_writes_it_whole_elsewhere() {
        List<String> repaired = BrokenWords.repair(List.of(
                "Recalling the first United Nations Confere nce on the Exploration of Outer Space,",
                "Welcoming the Conference held in Vienna,"));
        assertThat(repaired.get(0)).isEqualTo("Recalling the first United Nations Conference on the Exploration of Outer Space,");
    }

    @Test
    void real_word_pairs_and_unknown_splits_are_left_alone() {
        List<String> text = List.of("They went in to the room and into the hall, in order to talk,",
                "promote international cooperat ion in space,", "a iming at aiming higher, a goal,");
        assertThat(BrokenWords.repair(text)).isEqualTo(text);
    }

    @Test
    void a_text_file_copied_from_a_pdf_reads_with_its_words_whole() {
        Resolution r = Fixtures.text("The General Assembly,\nRecalling the Confere nce on Outer Space,\n"
                + "1. Welcomes the outcome of the Conference.\n");
        assertThat(r.preamble().get(0).text()).isEqualTo("Recalling the Conference on Outer Space,");
    }
}
