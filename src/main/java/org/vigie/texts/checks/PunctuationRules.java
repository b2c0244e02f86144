package org.vigie.texts.checks;

import java.util.ArrayList;
import java.util.List;
import org.vigie.texts.Finding;
import org.vigie.texts.Paragraph;
import org.vigie.texts.ParagraphNames;
import org.vigie.texts.Resolution;
import org.vigie.texts.Scan;
import org.vigie.texts.SubParagraph;

/**
 * Punctuation of a resolution, which is one sentence: preambular paragraphs end with a comma,
 * operative paragraphs with a semicolon and the last one with a full stop; a paragraph that introduces
 * sub-paragraphs or an adopted text ends with a colon and its last sub-paragraph carries the ending.
 */
final class PunctuationRules {

    private static final int CONTEXT = 12;
    private static final String[][] PAIRS = {{"(", ")"}, {"[", "]"}, {"«", "»"}, {"“", "”"}};
    /** The marks that must pair up, counted in one pass over the paragraph. */
    private static final String MARKS = "()[]«»“”\"";

    private PunctuationRules() {
    }

    static List<Finding> check(Resolution r) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < r.preamble().size(); i++) {
            String name = ParagraphNames.preamble(r, i);
            Paragraph p = r.preamble().get(i);
            if (!ending(p).endsWith(",")) {
                findings.add(Rule.PREAMBLE_END.at(name, tail(ending(p))));
            }
            marks(p.fullText(), name, findings);
        }
        for (int i = 0; i < r.operative().size(); i++) {
            String name = ParagraphNames.operative(r, i);
            Paragraph p = r.operative().get(i);
            boolean last = i == r.operative().size() - 1;
            boolean introducesAnnex = p.text().strip().endsWith(":") && !r.annexes().isEmpty() && p.subParagraphs().isEmpty();
            if (!introducesAnnex && !ending(p).endsWith(last ? "." : ";")) {
                findings.add(Rule.OPERATIVE_END.at(name, tail(ending(p))));
            }
            marks(p.fullText(), name, findings);
        }
        return findings;
    }

    /** The text whose last character ends the paragraph: its last sub-paragraph when it has some. */
    private static String ending(Paragraph p) {
        List<SubParagraph> subs = p.subParagraphs();
        if (subs.isEmpty()) {
            return p.text().strip();
        }
        SubParagraph last = subs.get(subs.size() - 1);
        return (last.children().isEmpty() ? last : last.children().get(last.children().size() - 1)).text().strip();
    }

    private static String tail(String text) {
        return text.length() <= 24 ? text : "…" + text.substring(text.length() - 24);
    }

    private static void marks(String text, String name, List<Finding> findings) {
        // One pass: the doubled marks, each found where "[,;:]\\s*[,;:]" would be (a mark, white
        // space, a mark; the white space cannot be given back to a mark), and the marks that pair up counted.
        int[] counts = new int[MARKS.length()];
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '"' || c > '”' || c > ']' && c < '«') {
                continue; // below every mark, above all of them, or between "]" and "«" (lower-case ASCII)
            }
            if ((c == ',' || c == ';' || c == ':') && i >= from) {
                int j = i + 1;
                while (j < text.length() && Scan.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && isDoubleable(text.charAt(j))) {
                    findings.add(Rule.DOUBLED_PUNCTUATION.at(name, around(text, i, j + 1)));
                    from = j + 1;
                }
                continue;
            }
            int at = MARKS.indexOf(c);
            if (at >= 0) {
                counts[at]++;
            }
        }
        List<String> unbalanced = new ArrayList<>();
        for (String[] pair : PAIRS) {
            if (counts[MARKS.indexOf(pair[0])] != counts[MARKS.indexOf(pair[1])]) {
                unbalanced.add(pair[0] + " " + pair[1]);
            }
        }
        if (counts[MARKS.indexOf('"')] % 2 != 0) {
            unbalanced.add("\"");
        }
        if (!unbalanced.isEmpty()) {
            findings.add(Rule.UNBALANCED.at(name, String.join(", ", unbalanced)));
        }
    }

    private static boolean isDoubleable(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    /** The marks with up to a word of context each side, as the writer will search for them. */
    private static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < CONTEXT && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        if (to < text.length() && Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        int wordStart = to;
        while (to < text.length() && to - wordStart < CONTEXT && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).strip();
    }

}
