package org.vigie.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation of a resolution, which is one sentence: preambular paragraphs end with a comma,
 * operative paragraphs with a semicolon and the last one with a full stop; a paragraph that introduces
 * sub-paragraphs or an adopted text ends with a colon and its last sub-paragraph carries the ending.
 */
final class PunctuationRules {

    /** Two marks in a row; the words around them are added to the finding by hand, which is far cheaper than a regex that starts with them. */
    private static final Pattern DOUBLED = Pattern.compile("[,;:]\\s*[,;:]");
    private static final int CONTEXT = 12;
    private static final boolean[] MARK = Scan.chars(",;:");
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
        Matcher doubled = DOUBLED.matcher(text);
        for (int from = 0; Scan.find(doubled, text, from, MARK, i -> true); from = doubled.end()) {
            findings.add(Rule.DOUBLED_PUNCTUATION.at(name, around(text, doubled.start(), doubled.end())));
        }
        int[] counts = new int[MARKS.length()];
        for (int i = 0; i < text.length(); i++) {
            int at = MARKS.indexOf(text.charAt(i));
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
