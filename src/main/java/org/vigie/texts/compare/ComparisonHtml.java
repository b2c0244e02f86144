package org.vigie.texts.compare;

import java.util.List;

/** A comparison as a standalone HTML page (for the command line): insertions and deletions marked. */
public final class ComparisonHtml {
    private ComparisonHtml() {
    }

    public static String render(String olderName, String newerName, List<TextComparison.ParagraphChange> changes) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(olderName)).append(" → ")
                .append(esc(newerName)).append("</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}"
                        + "ins{background:#d8f3dc;text-decoration:none}del{background:#fde2e1}.p{border-bottom:1px solid #ddd;padding:.4rem 0}"
                        + ".n{font-weight:600;color:#555}</style></head><body>\n<h1>")
                .append(esc(olderName)).append(" → ").append(esc(newerName)).append("</h1>\n");
        for (TextComparison.ParagraphChange c : changes) {
            boolean renumbered = c.oldName() != null && c.newName() != null && !c.oldName().equals(c.newName());
            if (c.change() == TextComparison.Change.UNCHANGED && !renumbered) {
                continue;
            }
            // A paragraph that moved in the numbering shows both numbers, even when its words did not change.
            String name = renumbered ? c.oldName() + " → " + c.newName() : c.newName() != null ? c.newName() : c.oldName();
            String change = c.change() == TextComparison.Change.UNCHANGED ? "renumbered"
                    : c.change().name().toLowerCase(java.util.Locale.ROOT) + (renumbered ? ", renumbered" : "");
            sb.append("<div class=\"p\"><span class=\"n\">").append(esc(name)).append("</span> <em>")
                    .append(change).append("</em><p>");
            if (c.change() == TextComparison.Change.UNCHANGED) {
                sb.append("</p></div>\n");
                continue;
            }
            for (TextComparison.Words w : c.words()) {
                switch (w.op()) {
                    case INSERTED -> sb.append("<ins>").append(esc(w.text())).append("</ins> ");
                    case DELETED -> sb.append("<del>").append(esc(w.text())).append("</del> ");
                    default -> sb.append(esc(w.text())).append(' ');
                }
            }
            sb.append("</p></div>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
