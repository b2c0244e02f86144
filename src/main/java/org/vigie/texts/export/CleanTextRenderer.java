package org.vigie.texts.export;

import java.util.List;
import org.vigie.texts.Annex;
import org.vigie.texts.Footnote;
import org.vigie.texts.Language;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.SubParagraph;
import org.vigie.texts.reading.FootnoteCall;
import org.vigie.texts.reading.FootnoteCalls;

/**
 * Renders the clean text ready for the printer: header, title, organ line, preambular paragraphs
 * unnumbered and without labels, operative paragraphs numbered 1..n in order, sub-paragraphs with the
 * markers of the text's language ("(a)" in English, "a)" in French), footnote calls as superscript
 * figures where they stood, annexes, adoption line, footnotes.
 */
public final class CleanTextRenderer {

    /** The clean text of {@code resolution}, paragraphs separated by blank lines. */
    public String render(Resolution resolution) {
        StringBuilder out = new StringBuilder();
        header(out, resolution);
        out.append(resolution.organ()).append(resolution.preamble().isEmpty() ? "" : ",").append("\n\n");
        for (Paragraph p : resolution.preamble()) {
            paragraph(out, null, p, resolution.language());
        }
        int number = 0;
        for (Paragraph p : resolution.operative()) {
            boolean numbered = resolution.operative().size() > 1;
            paragraph(out, numbered ? ++number : null, p, resolution.language());
        }
        for (Annex annex : resolution.annexes()) {
            annex.headings().forEach(h -> out.append(h).append("\n\n"));
            annex.paragraphs().forEach(p -> paragraph(out, p.number(), p, resolution.language()));
        }
        if (resolution.adoption() != null && resolution.adoption().meeting() != null) {
            // The date in words, as the UN prints it, so that the clean text read back gives the same adoption.
            out.append(resolution.adoption().meeting()).append('\n');
            if (resolution.adoption().date() != null) {
                out.append(inWords(resolution.adoption().date(), resolution.language())).append('\n');
            }
            out.append('\n');
        }
        footnotes(out, resolution.footnotes());
        return out.toString().stripTrailing() + "\n";
    }

    private static String inWords(java.time.LocalDate date, Language language) {
        java.util.Locale locale = language == Language.FR ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH;
        String day = language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale) + " " + date.getYear();
    }

    private static void header(StringBuilder out, Resolution r) {
        if (r.symbol() != null) {
            out.append(r.symbol().value()).append('\n');
        }
        if (r.session() != null) {
            out.append(r.session()).append('\n');
        }
        if (r.agendaItem() != null) {
            out.append(r.language() == Language.FR ? "Point " + r.agendaItem() + " de l’ordre du jour"
                    : "Agenda item " + r.agendaItem()).append('\n');
        }
        if (r.adoption() != null && r.adoption().meeting() == null && r.adoption().date() != null) {
            // Adopted as the heading says, with no meeting at the foot: the heading is the adoption's only trace.
            String organ = r.organ().replaceFirst("^(?:The|Le|La|L’) ?", "");
            out.append(r.language() == Language.FR
                    ? "Résolution adoptée par le " + organ + " le " + inWords(r.adoption().date(), r.language())
                    : "Resolution adopted by the " + organ + " on " + inWords(r.adoption().date(), r.language())).append('\n');
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(r.title()).append("\n\n");
    }

    private static void paragraph(StringBuilder out, Integer number, Paragraph p, Language language) {
        if (number != null) {
            out.append(number).append(". ");
        }
        out.append(withCalls(p.text(), p.footnoteCalls(), 0)).append('\n');
        subs(out, p, p.subParagraphs(), language, "    ", p.text().length());
        out.append('\n');
    }

    /** Returns where the next piece of the paragraph's full text starts, so each piece finds its calls. */
    private static int subs(StringBuilder out, Paragraph p, List<SubParagraph> subs, Language language,
                            String indent, int cursor) {
        for (SubParagraph sub : subs) {
            int start = FootnoteCalls.subStart(cursor, sub);
            String marker = language == Language.FR ? sub.marker() + ")" : "(" + sub.marker() + ")";
            out.append(indent).append(marker).append(' ')
                    .append(withCalls(sub.text(), p.footnoteCalls(), start)).append('\n');
            cursor = subs(out, p, sub.children(), language, indent + "    ", start + sub.text().length());
        }
        return cursor;
    }

    /** Puts each footnote call back where it stood, as superscript figures ("activities,¹"). */
    private static String withCalls(String text, List<FootnoteCall> calls, int base) {
        List<FootnoteCall> here = FootnoteCalls.inside(calls, base, text.length());
        StringBuilder marked = new StringBuilder(text);
        for (int i = here.size() - 1; i >= 0; i--) {
            marked.insert(here.get(i).offset(), superscript(here.get(i).number()));
        }
        return marked.toString();
    }

    private static String superscript(int number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    private static void footnotes(StringBuilder out, List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        out.append("__________________\n");
        for (Footnote note : footnotes) {
            out.append(note.number()).append(' ').append(note.text()).append('\n');
        }
    }
}
