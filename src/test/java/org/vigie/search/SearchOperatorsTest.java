package org.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.search.TestDocuments.analyst;
import static org.vigie.search.TestDocuments.french;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchOperatorsTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void indexTwoParagraphs() {
        index.index(french("gao", "Gao", "Torture dans un camp près de Gao."));
        index.index(french("mopti", "Mopti", "Torture dans une prison de Mopti."));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> idsFound(String text) {
        return index.search(SearchQuery.of(text), analyst()).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void a_minus_excludes_documents_with_the_word() {
        assertThat(idsFound("torture -gao")).containsExactly("mopti");
    }

    @Test
    void a_bar_accepts_either_word() {
        assertThat(idsFound("gao | mopti")).containsExactlyInAnyOrder("gao", "mopti");
    }

    @Test
    void a_tilde_tolerates_a_typo() {
        assertThat(idsFound("moptu~1")).containsExactly("mopti");
    }

    @Test
    void words_beyond_the_limit_are_ignored() {
        String tooLong = "torture " + "gao ".repeat(UserQueryParser.MAX_WORDS) + "inexistant";

        assertThat(idsFound(tooLong)).containsExactly("gao");
    }
}
