package org.vigie.texts.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.texts.Footnote;
import org.vigie.texts.ResolutionSymbol;
import org.vigie.texts.SourceText;

/**
 * Turns the printed lines of a UN PDF into text blocks and footnotes: drops page furniture (running
 * heads, page numbers, job numbers, bar codes), puts what follows the footnote rule apart, and joins
 * lines into paragraphs where the layout shows a paragraph.
 */
public final class PdfLayout {

    /** Job number with language and dates ("18-17962 (E) 021118"), Geneva numbers with or without the
     * page number ("GE.25-04123(F)", "2 GE.25-04123", "GE.25-04123 3"),
     * page numbers ("2/5", "- 3 -"), bar codes ("*1817962*") and a symbol alone on its line. */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:\\d{1,2}/\\d{1,3}\\s+)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{1,3}/\\d{1,3}|\\s+\\d{6}){0,2}$"
            + "|^(?:\\d{1,3}\\s+)?GE\\.\\d{2}-\\d{5}.*$|^\\d{1,3}/\\d{1,3}$|^-?\\s*\\d{1,3}\\s*-?$|^\\*\\d{6,}\\*$"
            + "|^" + ResolutionSymbol.REGEX + "$");
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^_{5,}$");
    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^(?:" + SourceText.MARK_OPEN + "(\\d+)" + SourceText.MARK_CLOSE + "|(\\d{1,3})(?=\\s))\\s*(.*)$");
    private static final float TOP_ZONE = 0.12f;
    private static final float BOTTOM_ZONE = 0.88f;

    private PdfLayout() {
    }

    static SourceText build(List<PdfLine> lines) {
        float bodySize = bodySize(lines);
        List<PdfLine> body = new ArrayList<>();
        List<String> noteLines = new ArrayList<>();
        int page = -1;
        boolean inNotes = false;
        for (PdfLine line : lines) {
            if (line.page() != page) {
                page = line.page();
                inNotes = false;
            }
            String text = line.text().strip();
            if (isFurniture(line, text, bodySize)) {
                continue;
            }
            if (FOOTNOTE_RULE.matcher(text).matches()) {
                inNotes = true;
            } else if (inNotes) {
                noteLines.add(text);
            } else {
                body.add(line);
            }
        }
        return new SourceText(blocks(body), footnotes(noteLines));
    }

    private static boolean isFurniture(PdfLine line, String text, float bodySize) {
        boolean margin = line.relativeY() < TOP_ZONE || line.relativeY() > BOTTOM_ZONE;
        if (margin && (text.isEmpty() || FURNITURE.matcher(text).matches())) {
            return true;
        }
        // Running heads sit above the text in a smaller type: the title repeated, the symbol.
        return line.page() > 1 && line.relativeY() < TOP_ZONE && line.size() < bodySize - 0.4f;
    }

    private static List<String> blocks(List<PdfLine> body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        PdfLine previous = null;
        for (PdfLine line : body) {
            if (line.blank()) {
                if (previous != null && previous.page() == line.page()) {
                    flush(blocks, block);
                }
                continue;
            }
            if (previous != null && startsBlock(previous, line)) {
                flush(blocks, block);
            }
            join(block, line.text().strip());
            previous = line;
        }
        flush(blocks, block);
        return blocks;
    }

    /** A new paragraph is indented, set apart by extra space, or set in another type size. */
    private static boolean startsBlock(PdfLine previous, PdfLine line) {
        if (line.indented()) {
            return true;
        }
        if (line.page() != previous.page()) {
            return false;
        }
        return line.y() - previous.y() > 1.6f * line.size() || Math.abs(line.size() - previous.size()) > 0.5f;
    }

    /**
     * UN editors do not break words at syllables: a hyphen at the end of a line belongs to a compound
     * ("drug-resistant") and stays; the words meet without a space, unless a conjunction follows
     * ("low- and middle-income").
     */
    public static void join(StringBuilder block, String line) {
        if (block.isEmpty()) {
            block.append(line);
            return;
        }
        int last = block.length() - 1;
        if (block.charAt(last) == '\u00AD') {
            block.setLength(last);
            block.append(line);
        } else if (block.charAt(last) == '-' && last > 0 && Character.isLetter(block.charAt(last - 1))
                && !line.matches("^(and|or|et|ou|to|à)\\b.*")) {
            block.append(line);
        } else {
            block.append(' ').append(line);
        }
    }

    private static void flush(List<String> blocks, StringBuilder block) {
        if (!block.toString().isBlank()) {
            blocks.add(block.toString().replaceAll("\\s+", " ").strip());
        }
        block.setLength(0);
    }

    private static List<Footnote> footnotes(List<String> noteLines) {
        List<Footnote> notes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int number = 0;
        for (String line : noteLines) {
            var m = FOOTNOTE_START.matcher(line);
            if (m.matches()) {
                addNote(notes, number, text);
                number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                text.setLength(0);
                text.append(m.group(3));
            } else {
                join(text, line);
            }
        }
        addNote(notes, number, text);
        return notes;
    }

    private static void addNote(List<Footnote> notes, int number, StringBuilder text) {
        if (number > 0 && !text.toString().isBlank()) {
            notes.add(new Footnote(number, text.toString().replaceAll("\\s+", " ").strip()));
        }
    }

    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> weight = new HashMap<>();
        for (PdfLine line : lines) {
            weight.merge(line.size(), line.text().length(), Integer::sum);
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }
}
