package org.vigie.texts.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigie.texts.SourceText;

/** Reads a plain text file: UTF-8, or Windows-1252 when the bytes are not valid UTF-8. */
final class PlainTextReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextReader() {
    }

    static SourceText read(byte[] bytes) {
        List<String> blocks = new ArrayList<>();
        String text = decode(bytes);
        int start = 0;
        char[] chars = text.toCharArray(); // one bulk copy; indexing an array is cheaper than charAt
        for (int i = 0; i <= chars.length; i++) {
            // Lines end where "\\R" matches; empty pieces between "\r" and "\n" are blank and dropped anyway.
            if (i == chars.length || isLineBreak(chars[i])) {
                String line = text.substring(start, i);
                if (!line.isBlank()) {
                    blocks.add(line);
                }
                start = i + 1;
            }
        }
        // Text pasted from a PDF may carry words split by the PDF's justification; PDFs are repaired at
        // the glyph level and Word documents hold whole words, so only plain text needs this.
        SourceText split = PlainFootnotes.split(blocks);
        return new SourceText(BrokenWords.repair(split.blocks()), split.footnotes());
    }

    private static boolean isLineBreak(char c) {
        return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Decoding replaces malformed input with U+FFFD: without one, the bytes were valid UTF-8 and the
        // strict decoder would give the same text; with one, it decides (the U+FFFD may be genuine).
        if (text.indexOf('\uFFFD') < 0) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Word on Windows saves "Texte brut" in the ANSI code page unless told otherwise.
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
