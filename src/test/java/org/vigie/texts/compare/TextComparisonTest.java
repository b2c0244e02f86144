package org.vigie.texts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;

class TextComparisonTest {

    private final TextComparison comparison = new TextComparison();

    private static String draftText() {
        return new String(Fixtures.bytes(Fixtures.DRAFT), StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }

    private static int lineStarting(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i;
            }
        }
        throw new IllegalArgumentException(start);
    }

    @Test
    void a_version_compared_with_itself_is_unchanged_throughout() {
        Resolution space = Fixtures.resolution(Fixtures.RES_73_6);
        List<TextComparison.ParagraphChange> changes = comparison.compare(space, space);
        assertThat(changes).hasSize(39).allMatch(c -> c.change() == TextComparison.Change.UNCHANGED);
    }

    @Test
    void two_drafts_are_matched_by_label_and_show_added_removed_moved_and_changed_paragraphs() {
        List<String> lines = lines(draftText());
        lines.remove(lineStarting(lines, "PP3."));
        int pp7 = lineStarting(lines, "PP7.");
        String moved = lines.remove(pp7);
        lines.add(lineStarting(lines, "PP8.") + 1, moved);
        lines.add(lineStarting(lines, "PP23bis.") + 1, "PP23ter. Notant la tenue d’élections locales,");
        int op9 = lineStarting(lines, "9.");
        lines.set(op9, lines.get(op9).replace("à poursuivre la mise en œuvre", "à accélérer la mise en œuvre"));
        Resolution newer = Fixtures.text(String.join("\n", lines));

        List<TextComparison.ParagraphChange> changes = comparison.compare(Fixtures.resolution(Fixtures.DRAFT), newer);

        assertThat(changes).filteredOn(c -> c.change() != TextComparison.Change.UNCHANGED)
                .extracting(TextComparison.ParagraphChange::change, TextComparison.ParagraphChange::oldName,
                        TextComparison.ParagraphChange::newName)
                .containsExactly(
                        tuple(TextComparison.Change.REMOVED, "PP3", null),
                        tuple(TextComparison.Change.MOVED, "PP7", "PP7"),
                        tuple(TextComparison.Change.ADDED, null, "PP23ter"),
                        tuple(TextComparison.Change.CHANGED, "OP9", "OP9"));
    }

    @Test
    void a_changed_paragraph_shows_the_words_deleted_and_inserted() {
        Resolution older = Fixtures.text("The General Assembly,\n1. Urges the Government to release all detainees;\n"
                + "2. Decides to remain seized of the matter.\n");
        Resolution newer = Fixtures.text("The General Assembly,\n1. Urges the Government to release immediately all "
                + "political detainees;\n2. Decides to remain seized of the matter.\n");
        TextComparison.ParagraphChange first = comparison.compare(older, newer).get(0);
        assertThat(first.change()).isEqualTo(TextComparison.Change.CHANGED);
        assertThat(first.words()).extracting(TextComparison.Words::op, TextComparison.Words::text).containsExactly(
                tuple(TextComparison.Op.SAME, "Urges the Government to release"),
                tuple(TextComparison.Op.INSERTED, "immediately"),
                tuple(TextComparison.Op.SAME, "all"),
                tuple(TextComparison.Op.INSERTED, "political"),
                tuple(TextComparison.Op.SAME, "detainees;"));
    }

    @Test
    void unlabelled_paragraphs_are_paired_by_similar_text_even_when_renumbered() {
        Resolution older = Fixtures.text("The General Assembly,\n1. Urges the Government to release all detainees;\n"
                + "2. Decides to remain seized of the matter.\n");
        Resolution newer = Fixtures.text("The General Assembly,\n1. Welcomes the new electoral law of the country;\n"
                + "2. Urges the Government to release all the detainees;\n3. Decides to remain seized of the matter.\n");
        assertThat(comparison.compare(older, newer))
                .extracting(TextComparison.ParagraphChange::change, TextComparison.ParagraphChange::oldName,
                        TextComparison.ParagraphChange::newName)
                .containsExactly(
                        tuple(TextComparison.Change.ADDED, null, "OP1"),
                        tuple(TextComparison.Change.CHANGED, "OP1", "OP2"),
                        tuple(TextComparison.Change.UNCHANGED, "OP2", "OP3"));
    }

    @Test
    void footnote_calls_kept_as_figures_in_a_text_copy_are_not_changes() {
        Resolution pdfLike = Fixtures.text("The General Assembly,\nRecalling the Paris Agreement,\n"
                + "1. Decides to remain seized of the matter.\n");
        Resolution copy = Fixtures.text("The General Assembly,\nRecalling the Paris Agreement⁴,\n"
                + "1. Decides to remain seized of the matter.\n");
        assertThat(comparison.compare(pdfLike, copy)).extracting(TextComparison.ParagraphChange::change)
                .containsOnly(TextComparison.Change.UNCHANGED);
        Resolution glued = Fixtures.text("The General Assembly,\nRecalling the outer space activities,1 at a time,\n"
                + "1. Decides to remain seized of the matter.\n");
        Resolution apart = Fixtures.text("The General Assembly,\nRecalling the outer space activities, at a time,\n"
                + "1. Decides to remain seized of the matter.\n");
        assertThat(comparison.compare(apart, glued)).extracting(TextComparison.ParagraphChange::change)
                .containsOnly(TextComparison.Change.UNCHANGED);
    }

    @Test
    void the_html_view_shows_a_renumbered_paragraph_with_both_numbers() {
        Resolution older = Fixtures.text("The General Assembly,\n1. Urges the Government to release all detainees;\n"
                + "2. Decides to remain seized of the matter.\n");
        Resolution newer = Fixtures.text("The General Assembly,\n1. Welcomes the new electoral law of the country;\n"
                + "2. Urges the Government to release all the detainees;\n3. Decides to remain seized of the matter.\n");
        String html = ComparisonHtml.render("old.txt", "new.txt", comparison.compare(older, newer));
        assertThat(html).contains("OP2 → OP3</span> <em>renumbered</em>", "OP1 → OP2</span> <em>changed, renumbered</em>");
    }
}
