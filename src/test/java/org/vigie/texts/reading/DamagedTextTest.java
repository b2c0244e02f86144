package org.vigie.texts.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;
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
    private static final String STRAY = "§*\u00A0\t,;.:«»()[]\"'\u0001\uFEFF\u00AD-–aZ9 ";

    @Test
    void damaged_drafts_never_crash_the_reader_and_keep_every_visible_paragraph() {
        String draft = new String(Fixtures.bytes(Fixtures.DRAFT), StandardCharsets.UTF_8);
        int read = 0;
        for (int seed = 0; seed < 200; seed++) {
            read += readAndCheck(damage(draft, new Random(seed)), seed);
        }
        assertThat(read).as("damaged drafts still read as resolutions").isGreaterThan(120);
    }

    @Test
    void damaged_text_of_an_official_pdf_never_crashes_the_reader() {
        String official = new CleanTextRenderer().render(Fixtures.resolution(Fixtures.RES_73_6));
        int read = 0;
        for (int seed = 0; seed < 100; seed++) {
            read += readAndCheck(damage(official, new Random(seed)), seed);
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

    private static String damage(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int operations = 1 + random.nextInt(6);
        for (int i = 0; i < operations && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.add(at, lines.get(at));
                case 1 -> lines.remove(at);
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, stray(lines.get(at), random));
                default -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
            }
        }
        String joined = String.join("\n", lines);
        return random.nextInt(4) == 0 ? joined.substring(0, random.nextInt(joined.length() + 1)) : joined;
    }

    private static String stray(String line, Random random) {
        StringBuilder b = new StringBuilder(line);
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
            b.insert(random.nextInt(b.length() + 1), STRAY.charAt(random.nextInt(STRAY.length())));
        }
        return b.toString();
    }
}
