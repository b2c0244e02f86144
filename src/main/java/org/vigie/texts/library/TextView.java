package org.vigie.texts.library;

import java.util.ArrayList;
import java.util.List;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;

/** How pages name and anchor the paragraphs of a text: the draft label if any, else PP/OP and a number. */
public final class TextView {
    /** One paragraph as a page lists it. */
    public record Row(String part, String name, String anchor, Paragraph paragraph) {
        public String text() {
            return paragraph.fullText();
        }
    }

    private TextView() {
    }

    public static List<Row> rows(Resolution r) {
        List<Row> rows = new ArrayList<>();
        add(rows, "preamble", "PP", r.preamble());
        add(rows, "operative", "OP", r.operative());
        for (int a = 0; a < r.annexes().size(); a++) {
            add(rows, "annex", "A" + (a + 1) + ".", r.annexes().get(a).paragraphs());
        }
        return rows;
    }

    private static void add(List<Row> rows, String part, String prefix, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String name = p.label() != null ? p.label().name() : prefix + (p.number() != null ? p.number() : i + 1);
            rows.add(new Row(part, name, name.replaceAll("[^A-Za-z0-9]", "-").toLowerCase(java.util.Locale.ROOT) + "-" + rows.size(), p));
        }
    }
}
