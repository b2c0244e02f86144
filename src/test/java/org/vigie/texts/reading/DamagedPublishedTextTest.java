package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextDamage;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.export.CleanTextRenderer;

/**
 * Every real text, as its clean text, gives the same analysis when hard-wrapped with a blank line after each
 * line (as some PDF copies are) and when its punctuation is spaced as PDF extraction spaces it.
 */
class DamagedPublishedTextTest {

    /** What the analysis says, without what the damage cannot keep (the masthead of a text wrapped at 33). */
    private record Analysis(String title, String organ, List<String> preamble, List<String> operative,
                            Object references, Object commitments, Object adoption, Object findings) {
        static Analysis of(Resolution r) {
            return new Analysis(r.title(), r.organ(), r.preamble().stream().map(Paragraph::fullText).toList(),
                    r.operative().stream().map(Paragraph::fullText).toList(), r.references(), r.commitments(),
                    r.adoption(), new DraftingCheck().check(r));
        }

        Analysis withoutFindings() {
            return new Analysis(title, organ, preamble, operative, references, commitments, adoption, null);
        }
    }

    private static String cleanText(String name) {
        Resolution r = Fixtures.resolution(name);
        return name.endsWith(".txt") ? new String(Fixtures.bytes(name), StandardCharsets.UTF_8)
                : new CleanTextRenderer().render(r);
    }

    private static Analysis read(String text) {
        return Analysis.of(Fixtures.read(text.getBytes(StandardCharsets.UTF_8), "copy.txt"));
    }

    @Test
    void every_real_text_hard_wrapped_with_blank_lines_gives_the_same_analysis() {
        for (String name : Fixtures.REAL) {
            String text = cleanText(name);
            Analysis clean = read(text);
            for (int width : new int[] {60, 75, 90}) {
                assertThat(read(TextDamage.wrapWithBlankLines(text, width))).as(name + " at " + width).isEqualTo(clean);
            }
        }
    }

    @Test
    void every_real_text_with_spaced_punctuation_gives_the_same_analysis() {
        for (String name : Fixtures.REAL) {
            String text = cleanText(name);
            assertThat(read(TextDamage.spacePunctuation(text))).as(name).isEqualTo(read(text));
        }
    }

    @Test
    void the_clean_text_read_back_gives_the_same_analysis() {
        for (String name : Fixtures.REAL) {
            Resolution r = Fixtures.resolution(name);
            Resolution back = Fixtures.read(new CleanTextRenderer().render(r).getBytes(StandardCharsets.UTF_8), "clean.txt");
            // The clean text drops a draft's labels on purpose, and with them the findings about labels.
            assertThat(Analysis.of(back).withoutFindings()).as(name).isEqualTo(Analysis.of(r).withoutFindings());
        }
    }
}
