package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.texts.Paragraph;
import org.vigie.texts.SubParagraph;
import org.vigie.texts.pdf.PdfLayout;

/** A paragraph while the body is being read: text still growing, sub-paragraphs still coming. */
final class ParagraphDraft {

    private static final Pattern ROMAN = Pattern.compile("[ivxlc]+");

    private final DraftLabel label;
    private final Integer number;
    private final StringBuilder text;
    private final List<SubDraft> subs = new ArrayList<>();

    private static final class SubDraft {
        final String marker;
        final StringBuilder text;
        final List<SubDraft> children = new ArrayList<>();

        SubDraft(String marker, String text) {
            this.marker = marker;
            this.text = new StringBuilder(text);
        }
    }

    ParagraphDraft(DraftLabel label, Integer number, String text) {
        this.label = label;
        this.number = number;
        this.text = new StringBuilder(text);
    }

    /** The text written last: the paragraph's own, or its last sub-paragraph's. */
    String tail() {
        return lastText().toString();
    }

    String text() {
        return text.toString();
    }

    boolean hasSubParagraphs() {
        return !subs.isEmpty();
    }

    /** Appends a line that continues whatever part of the paragraph was written last. */
    void continueWith(String more) {
        PdfLayout.join(lastText(), more);
    }

    /**
     * Adds a sub-paragraph. A roman numeral goes one level down when a lettered sub-paragraph is open,
     * unless it is the letter that follows the last one ("i" after "h").
     */
    void addSub(String marker, String subText) {
        SubDraft last = subs.isEmpty() ? null : subs.get(subs.size() - 1);
        boolean roman = ROMAN.matcher(marker).matches();
        boolean nextLetter = last != null && marker.length() == 1 && last.marker.length() == 1
                && marker.charAt(0) == last.marker.charAt(0) + 1;
        if (roman && last != null && !ROMAN.matcher(last.marker).matches() && !nextLetter) {
            last.children.add(new SubDraft(marker, subText));
        } else {
            subs.add(new SubDraft(marker, subText));
        }
    }

    private StringBuilder lastText() {
        if (subs.isEmpty()) {
            return text;
        }
        SubDraft last = subs.get(subs.size() - 1);
        return last.children.isEmpty() ? last.text : last.children.get(last.children.size() - 1).text;
    }

    /**
     * The finished paragraph. Offsets of footnote calls in sub-paragraphs count the sub-paragraphs'
     * markers as {@link Paragraph#fullText()} writes them (" (a) ").
     */
    Paragraph build(Set<Integer> footnotes) {
        List<FootnoteCall> calls = new ArrayList<>();
        FootnoteCalls.Stripped main = FootnoteCalls.strip(text.toString(), footnotes, 0);
        calls.addAll(main.calls());
        int[] length = {main.text().length()};
        List<SubParagraph> built = buildSubs(subs, footnotes, calls, length);
        return new Paragraph(label, number, main.text(), built, calls, List.of());
    }

    private static List<SubParagraph> buildSubs(List<SubDraft> drafts, Set<Integer> footnotes,
                                                List<FootnoteCall> calls, int[] length) {
        List<SubParagraph> built = new ArrayList<>();
        for (SubDraft d : drafts) {
            length[0] += (" (" + d.marker + ") ").length();

            FootnoteCalls.Stripped sub = FootnoteCalls.strip(d.text.toString(), footnotes, length[0]);
            calls.addAll(sub.calls());
            length[0] += sub.text().length();
            built.add(new SubParagraph(d.marker, sub.text(), buildSubs(d.children, footnotes, calls, length)));
        }
        return built;
    }
}
