package org.vigie.reports.documents;

import java.util.List;
import org.vigie.reports.charts.Svg;
import org.vigie.reports.documents.CouncilReport.AnnexRow;
import org.vigie.reports.documents.CouncilReport.Exhibit;
import org.vigie.reports.documents.CouncilReport.KeyFigure;
import org.vigie.reports.documents.CouncilReport.Part;
import org.vigie.reports.statistics.Figure;

/** The XHTML of the PDF report: cover, summary, sections with their tables and charts, annex. Every text is escaped. */
final class ReportHtml {
    private static final int KEEP_WHOLE = 25;
    private final ReportText text;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int figures;

    ReportHtml(ReportText text) {
        this.text = text;
    }

    String document(CouncilReport r, String css) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(text.lang().code()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(e(text.t("reports.report.title"))).append("</title><style>\n").append(css).append("</style></head><body>\n");
        out.append("<div class=\"footer\">").append(e(text.t("reports.report.footer", period(r)))).append("</div>\n");
        cover(r);
        summary(r);
        int n = 0;
        for (Part p : r.parts()) {
            part(r, ++n, p);
        }
        annex(r);
        return out.append("</body></html>\n").toString();
    }

    private String period(CouncilReport r) {
        return text.t("reports.report.period", text.date(r.request().from()), text.date(r.request().to()));
    }

    private void cover(CouncilReport r) {
        out.append("<div class=\"cover\">\n<p class=\"organ\">").append(e(text.t("reports.report.organ"))).append("</p>\n");
        out.append("<h1>").append(e(text.t("reports.report.title"))).append("</h1>\n");
        out.append("<p class=\"subtitle\">").append(e(text.t("reports.report.subtitle"))).append("</p>\n");
        out.append("<p class=\"period\">").append(e(period(r))).append("<br/>").append(e(text.place(r)));
        if (r.request().theme() != null) {
            out.append("<br/>").append(e(text.t("reports.report.theme", r.request().theme())));
        }
        out.append("</p>\n<p class=\"computed\">").append(e(text.t("reports.report.computed", text.dateTime(r.generatedAt())))).append("</p>\n");
        out.append("<p class=\"computed\">").append(e(text.auditCheckpoint(r))).append("</p>\n");
        out.append("<p class=\"counted\">").append(e(text.t("reports.report.counted", text.countedStatuses()))).append("</p>\n");
        table(r.statuses(), r, false);
        out.append("</div>\n");
    }

    private void summary(CouncilReport r) {
        out.append("<h2 class=\"summary-title\">").append(e(text.t("reports.report.summary"))).append("</h2>\n<table class=\"key\"><tbody>\n");
        List<KeyFigure> key = r.summary();
        for (int i = 0; i < key.size(); i += 2) {
            out.append("<tr>");
            for (int j = i; j < i + 2; j++) {
                if (j < key.size()) {
                    out.append("<td class=\"value\">").append(e(text.number(key.get(j).value()))).append("</td><td class=\"what\">")
                            .append(e(text.t(key.get(j).labelKey(), key.get(j).value())));
                    if (key.get(j).noteKey() != null) {
                        out.append("<br/><span class=\"key-note\">")
                                .append(e(text.t(key.get(j).noteKey(), key.get(j).noteArgs().toArray()))).append("</span>");
                    }
                    out.append("</td>");
                } else {
                    out.append("<td></td><td></td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"note\">").append(e(text.t("reports.report.summary_note"))).append("</p>\n");
    }

    private void part(CouncilReport r, int n, Part p) {
        out.append("<h2 class=\"section\">").append(n).append(". ").append(e(text.t(p.section().titleKey()))).append("</h2>\n");
        if (p.paragraphs().isEmpty() && p.exhibits().isEmpty()) {
            out.append("<p class=\"missing\">").append(e(text.t("reports.report.no_narrative"))).append("</p>\n");
        }
        for (String paragraph : p.paragraphs()) {
            out.append("<p class=\"narrative\">").append(e(paragraph)).append("</p>\n");
        }
        for (Exhibit x : p.exhibits()) {
            exhibit(r, x);
        }
    }

    private void exhibit(CouncilReport r, Exhibit x) {
        figures++;
        out.append("<div class=\"exhibit\">\n");
        if (x.chartSvg() != null) {
            out.append("<div class=\"chart\">").append(x.chartSvg()).append("</div>\n");
        }
        table(x.figure(), r, true);
        out.append("</div>\n");
    }

    private void table(Figure f, CouncilReport r, boolean numbered) {
        // A short table moves whole to the next page; a long one breaks between rows, its header repeated.
        out.append(f.rows().size() <= KEEP_WHOLE ? "<div class=\"keep\">" : "<div>");
        out.append("<table class=\"figure\"><thead><tr><th class=\"caption\" colspan=\"2\">");
        if (numbered) {
            out.append(e(text.t("reports.report.table_number", figures))).append(" ");
        }
        out.append(e(text.title(f))).append("</th></tr>\n<tr><th>").append(e(text.column(f))).append("</th><th class=\"n\">")
                .append(e(text.capitalised(text.unit(f)))).append("</th></tr></thead><tbody>\n");
        if (f.rows().isEmpty()) {
            out.append("<tr><td colspan=\"2\" class=\"none\">").append(e(text.t("reports.report.nothing"))).append("</td></tr>\n");
        }
        for (Figure.Row row : f.rows()) {
            out.append("<tr><td>").append(e(text.label(row))).append("</td><td class=\"n\">").append(e(text.number(row.count())))
                    .append("</td></tr>\n");
        }
        if (f.total() != null) {
            out.append("<tr class=\"total\"><td>").append(e(text.total(f))).append("</td><td class=\"n\">")
                    .append(e(text.number(f.total()))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"note\">").append(e(text.note(f, r))).append("</p></div>\n");
    }

    private void annex(CouncilReport r) {
        out.append("<h2 class=\"section\">").append(e(text.t("reports.report.annex"))).append("</h2>\n<p class=\"note\">")
                .append(e(text.t("reports.report.annex_note", text.number(r.annexTotal()), text.number(r.annex().size()),
                        text.dateTime(r.generatedAt()))))
                .append("</p>\n<table class=\"annex\"><thead><tr><th class=\"ref\">").append(e(text.t("reports.report.annex.reference")))
                .append("</th><th>").append(e(text.t("reports.report.annex.text"))).append("</th><th class=\"status\">")
                .append(e(text.t("reports.report.annex.status"))).append("</th></tr></thead><tbody>\n");
        for (AnnexRow a : r.annex()) {
            out.append("<tr><td class=\"ref\">").append(e(a.reference())).append("<br/><span class=\"mechanism\">")
                    .append(e(text.mechanism(a.mechanism()))).append("</span></td><td>").append(e(a.text())).append("</td><td class=\"status\">")
                    .append(e(text.status(a.status())));
            if (a.linkedIncidents() > 0) {
                out.append("<br/><span class=\"mechanism\">").append(e(text.t("reports.report.annex.linked_incidents", a.linkedIncidents())))
                        .append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static String e(String s) {
        return Svg.escape(s);
    }
}
