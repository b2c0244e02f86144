package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Paragraph;
import org.vigie.texts.SourceText;
import org.vigie.texts.SubParagraph;

/**
 * Takes footnote calls out of a paragraph's text and remembers where they stood. Readers mark the calls
 * they can see (a raised small figure in a PDF, a reference run in Word); a figure glued to punctuation
 * that names an existing footnote ("UNISPACE+50,1") is a call whose superscript the PDF lost. After a
 * point, only a figure that follows a letter counts, so "resolution 69.2" keeps its number.
 */
public final class FootnoteCalls {

    private static final Pattern CALL = Pattern.compile(SourceText.MARK_OPEN + "(\\d+)" + SourceText.MARK_CLOSE
            + "|(?<=\\p{L}[,;:.”\"»)]|\\d,)(\\d{1,2})(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FootnoteCalls() {
    }

    /** The text without calls, and the calls with offsets into that text (plus {@code base}). */
    record Stripped(String text, List<FootnoteCall> calls) {
    }

    /**
     * The calls that fall in the piece of a paragraph's full text starting at {@code base} with
     * {@code length} characters, with offsets made relative to that piece.
     */
    public static List<FootnoteCall> inside(List<FootnoteCall> calls, int base, int length) {
        return calls.stream().filter(c -> c.offset() >= base && c.offset() <= base + length)
                .map(c -> new FootnoteCall(c.number(), c.offset() - base)).toList();
    }

    /** Where the text of each sub-paragraph starts in a full text, as {@link Paragraph#fullText()} joins them. */
    public static int subStart(int cursor, SubParagraph sub) {
        return cursor + (" (" + sub.marker() + ") ").length();
    }

    /** Runs of white space become one space; most texts have none, so they are returned as they are. */
    private static String collapseSpaces(String raw) {
        boolean clean = true;
        for (int i = 0; i < raw.length() && clean; i++) {
            char c = raw.charAt(i);
            clean = c > ' ' && c < 128 || (c == ' ' ? i + 1 < raw.length() && raw.charAt(i + 1) != ' ' && i > 0 : !Character.isWhitespace(c));
        }
        return clean ? raw : SPACES.matcher(raw).replaceAll(" ").strip();
    }

    static Stripped strip(String raw, Set<Integer> known, int base) {
        String text = collapseSpaces(raw);
        if (known.isEmpty() && text.indexOf(SourceText.MARK_OPEN) < 0) {
            return new Stripped(text, List.of());
        }
        List<FootnoteCall> calls = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            boolean marked = m.group(1) != null;
            int n = Integer.parseInt(marked ? m.group(1) : m.group(2));
            if (n > 0 && (marked || known.contains(n))) {
                m.appendReplacement(out, "");
                calls.add(new FootnoteCall(n, base + out.length()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return new Stripped(out.toString().strip(), calls);
    }
}
