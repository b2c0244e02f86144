package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextDamage;
import org.vigie.texts.TextImportException;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.export.AkomaNtosoWriter;
import org.vigie.texts.export.CleanTextRenderer;

/**
 * Damages the real texts at random (cut, duplicated, shuffled and dropped lines, stray characters)
 * with fixed seeds, and checks that reading never fails other than with {@link TextImportException}
 * and never loses a labelled or numbered paragraph that is still visible after the organ line.
 */
class DamagedTextTest {

    private static final Pattern VISIBLE = Pattern.compile("^(?:(PP|OP)\\s*(\\d{1,3})\\s*(bis|ter)?\\s*\\.?(?=\\s)|([1-9]\\d{0,2})\\s*\\.\\s*\\S)");

    @Test
    void damaged_drafts_never_crash_the_reader_and_keep_every_visible_paragraph() {
        String draft = new String(Fixtures.bytes(Fixtures.DRAFT), StandardCharsets.UTF_8);
        int read = 0;
        for (int seed = 0; seed < 200; seed++) {
            read += readAndCheck(TextDamage.damage(draft, new Random(seed)), seed);
        }
        assertThat(read).as("damaged drafts still read as resolutions").isGreaterThan(120);
    }

    @Test
    void damaged_text_of_an_official_pdf_never_crashes_the_reader() {
        String official = new CleanTextRenderer().render(Fixtures.resolution(Fixtures.RES_73_6));
        int read = 0;
        for (int seed = 0; seed < 100; seed++) {
            read += readAndCheck(TextDamage.damage(official, new Random(seed)), seed);
        }
        assertThat(read).as("damaged official texts still read as resolutions").isGreaterThan(60);
    }

    /** 1 when the damaged text still reads as a resolution, 0 when it is refused with a clear error. */
    private static int readAndCheck(String damaged, int seed) {
        Resolution r;
        try {
            r = new TextImporter().read(damaged.getBytes(StandardCharsets.UTF_8), "damaged.txt");
        } catch (TextImportException expected) {
            return 0;
        } catch (RuntimeException e) {
            fail("seed " + seed + " crashed the reader: " + e + "\n" + damaged, e);
            return 0;
        }
        new DraftingCheck().check(r);
        new AkomaNtosoWriter().write(r, java.time.LocalDate.of(2026, 1, 1));
        new CleanTextRenderer().render(r);
        assertThat(countParagraphs(r)).as("seed %d: paragraphs read", seed).isGreaterThanOrEqualTo(visible(damaged));
        return 1;
    }

    private static int countParagraphs(Resolution r) {
        return r.preamble().size() + r.operative().size()
                + r.annexes().stream().mapToInt(a -> a.paragraphs().size()).sum();
    }

    /** Lines after the organ line that open with a label or a number, as the reader should see them. */
    private static int visible(String text) {
        int count = 0;
        boolean afterOrgan = false;
        for (String line : text.split("\\R")) {
            String l = StructureParser.normalize(line);
            if (!afterOrgan) {
                afterOrgan = Organ.at(l).isPresent();
                continue;
            }
            Matcher m = VISIBLE.matcher(l);
            if (m.find()) {
                count++;
            }
        }
        return count;
    }
}
