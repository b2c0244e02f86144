package org.vigie.texts;

import java.util.List;
import java.util.Objects;
import org.vigie.texts.reading.DraftLabel;
import org.vigie.texts.reading.FootnoteCall;

/**
 * A preambular, operative or annex paragraph. {@code label} is the draft label when the text has
 * one (null otherwise); {@code number} the printed number of a numbered paragraph (null for
 * preambular ones); {@code text} never contains the label, the number or footnote marks;
 * {@code footnoteCalls} says which footnotes it calls and where; {@code clauses} is filled for operative
 * paragraphs of the resolution itself.
 */
public record Paragraph(DraftLabel label, Integer number, String text, List<SubParagraph> subParagraphs,
                        List<FootnoteCall> footnoteCalls, List<Clause> clauses) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (number != null && number < 1) {
            throw new IllegalArgumentException("paragraph number must be positive: " + number);
        }
        subParagraphs = List.copyOf(subParagraphs);
        footnoteCalls = List.copyOf(footnoteCalls);
        clauses = List.copyOf(clauses);
    }

    /** The numbers of the footnotes this paragraph calls, in order. */
    public List<Integer> footnotes() {
        return footnoteCalls.stream().map(FootnoteCall::number).toList();
    }

    /** The text with its sub-paragraphs, as one string (used by checks, references and comparison). */
    public String fullText() {
        if (subParagraphs.isEmpty()) {
            return text;
        }
        StringBuilder all = new StringBuilder(text);
        appendSubs(all, subParagraphs);
        return all.toString();
    }

    private static void appendSubs(StringBuilder all, List<SubParagraph> subs) {
        for (SubParagraph sub : subs) {
            all.append(" (").append(sub.marker()).append(") ").append(sub.text());
            appendSubs(all, sub.children());
        }
    }

    public Paragraph withClauses(List<Clause> newClauses) {
        return new Paragraph(label, number, text, subParagraphs, footnoteCalls, newClauses);
    }
}
