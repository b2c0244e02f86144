package org.vigie.texts;

/**
 * The names findings, references and comparisons give paragraphs: the draft label when there is one
 * ("PP15bis"), else PP and the position for preambular paragraphs (they are not numbered), OP and the
 * number for operative ones, "annex n para m" in annexes.
 */
public final class ParagraphNames {

    private ParagraphNames() {
    }

    public static String preamble(Resolution r, int index) {
        Paragraph p = r.preamble().get(index);
        return p.label() != null ? p.label().name() : "PP" + (index + 1);
    }

    public static String operative(Resolution r, int index) {
        Paragraph p = r.operative().get(index);
        if (p.label() != null) {
            return p.label().name();
        }
        return "OP" + (p.number() != null ? p.number() : index + 1);
    }

    public static String annex(int annexIndex, Paragraph p, int index) {
        return "annex " + (annexIndex + 1) + " para " + (p.number() != null ? p.number() : "u" + (index + 1));
    }
}
