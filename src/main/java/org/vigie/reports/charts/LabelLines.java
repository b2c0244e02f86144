package org.vigie.reports.charts;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A category's label broken into lines that fit beside or under its bar, at the places a line may break in its
 * language (the JDK's {@link BreakIterator}), so that "Attaque contre une école" is read whole in the chart, in
 * the PDF and in the DOCX alike. A word longer than a line is split; the lines beyond {@code maxLines} are
 * folded into the last one's ellipsis, which only a label of more than {@code maxLines} full lines needs.
 */
final class LabelLines {
    private LabelLines() {
    }

    static List<String> wrap(String label, int maxChars, int maxLines, Locale locale) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(label);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            // A line breaks after a space or a hyphen, never after an elided article ("d’enfants" stays whole).
            char last = label.charAt(end - 1);
            if (end < label.length() && !Character.isWhitespace(last) && last != '-') {
                continue;
            }
            String piece = label.substring(start, end);
            start = end;
            if (line.length() + piece.stripTrailing().length() > maxChars && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            while (piece.stripTrailing().length() > maxChars) {
                lines.add(piece.substring(0, maxChars));
                piece = piece.substring(maxChars);
            }
            line.append(piece);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (last.length() >= maxChars ? last.substring(0, maxChars - 1) : last).strip() + "…");
        return kept;
    }
}
