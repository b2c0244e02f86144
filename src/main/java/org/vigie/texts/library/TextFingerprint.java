package org.vigie.texts.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import org.vigie.texts.Annex;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.SubParagraph;

/**
 * What a text says, apart from the file that carries it: the digest of its symbol, language, title and every
 * paragraph as read, after the differences a re-saved file brings (line ends, spaces, straight or curly quotes
 * and apostrophes, non-breaking spaces, Unicode composition). The same resolution saved again from a word
 * processor has a different file digest but this same fingerprint (and so does another format, when it reads the same), so the library can say
 * it is already stored. A changed word, number or paragraph changes it.
 */
final class TextFingerprint {
    private TextFingerprint() {
    }

    static String of(Resolution r) {
        StringBuilder sb = new StringBuilder();
        line(sb, r.symbol() == null ? "" : r.symbol().value());
        line(sb, r.language().name());
        line(sb, r.title());
        paragraphs(sb, "P", r.preamble());
        paragraphs(sb, "O", r.operative());
        for (Annex a : r.annexes()) {
            a.headings().forEach(h -> line(sb, "H " + h));
            paragraphs(sb, "A", a.paragraphs());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void paragraphs(StringBuilder sb, String kind, List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            line(sb, kind + " " + p.text());
            subParagraphs(sb, p.subParagraphs());
        }
    }

    private static void subParagraphs(StringBuilder sb, List<SubParagraph> subs) {
        for (SubParagraph s : subs) {
            line(sb, "S " + s.marker() + " " + s.text());
            subParagraphs(sb, s.children());
        }
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(normal(text)).append('\n');
    }

    /** The text with what re-saving changes made uniform. */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u2018\\u2019\\u02BC\\u2032`]", "'")
                .replaceAll("[\\u201C\\u201D\\u00AB\\u00BB\\u201E]", "\"")
                .replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]", "-")
                .replace("\u00AD", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?\" ?", "\"")
                .strip();
        return s;
    }
}
