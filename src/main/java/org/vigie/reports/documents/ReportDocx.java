package org.vigie.reports.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.vigie.reports.charts.SvgPng;
import org.vigie.reports.documents.CouncilReport.AnnexRow;
import org.vigie.reports.documents.CouncilReport.Exhibit;
import org.vigie.reports.documents.CouncilReport.KeyFigure;
import org.vigie.reports.documents.CouncilReport.Part;
import org.vigie.reports.statistics.Figure;

/**
 * Lays a {@link CouncilReport} out as a Word document (POI XWPF): the same cover, summary, sections and
 * annex as the PDF, with real Word styles (Title, Heading 1, Caption: {@link DocxStyles}) so that the
 * navigation pane and a table of contents work, real tables whose header row repeats, an A4 page with
 * page numbers in the footer, and each chart or map as a PNG drawn from its SVG by Batik ({@link SvgPng}).
 */
final class ReportDocx {
    private static final int CHART_WIDTH_EMU = Units.toEMU(430);
    private final ReportText text;
    private XWPFDocument doc;
    private int tables;

    ReportDocx(ReportText text) {
        this.text = text;
    }

    byte[] write(CouncilReport r) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc = d;
            DocxStyles.add(d);
            page(r);
            cover(r);
            summary(r);
            int n = 0;
            for (Part p : r.parts()) {
                part(r, ++n, p);
            }
            annex(r);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc = null;
        }
    }

    private void page(CouncilReport r) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1247));
        margins.setBottom(BigInteger.valueOf(1361));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(DocxStyles.FOOTER);
        p.createRun().setText(text.t("reports.report.footer", period(r)) + "    ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private String period(CouncilReport r) {
        return text.t("reports.report.period", text.date(r.request().from()), text.date(r.request().to()));
    }

    private void cover(CouncilReport r) {
        paragraph(DocxStyles.NOTE, text.t("reports.report.organ"));
        paragraph(DocxStyles.TITLE, text.t("reports.report.title"));
        paragraph(DocxStyles.SUBTITLE, text.t("reports.report.subtitle"));
        XWPFParagraph period = paragraph(null, period(r));
        period.getRuns().get(0).setBold(true);
        paragraph(null, text.place(r));
        if (r.request().theme() != null) {
            paragraph(null, text.t("reports.report.theme", r.request().theme()));
        }
        paragraph(null, text.t("reports.report.computed", text.dateTime(r.generatedAt())));
        paragraph(DocxStyles.NOTE, text.auditCheckpoint(r));
        paragraph(null, text.t("reports.report.counted", text.countedStatuses()));
        table(r.statuses(), r, false);
        doc.getLastParagraph().setPageBreak(false);
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    private void summary(CouncilReport r) {
        paragraph(DocxStyles.HEADING1, text.t("reports.report.summary"));
        List<KeyFigure> key = r.summary();
        XWPFTable t = doc.createTable(key.size(), 2);
        for (int i = 0; i < key.size(); i++) {
            cell(t.getRow(i), 0, text.number(key.get(i).value()), true, ParagraphAlignment.RIGHT);
            KeyFigure k = key.get(i);
            String note = k.noteKey() == null ? "" : " (" + text.t(k.noteKey(), k.noteArgs().toArray()) + ")";
            cell(t.getRow(i), 1, text.t(k.labelKey(), k.value()) + note, false, ParagraphAlignment.LEFT);
        }
        paragraph(DocxStyles.NOTE, text.t("reports.report.summary_note"));
    }

    private void part(CouncilReport r, int n, Part p) {
        XWPFParagraph heading = paragraph(DocxStyles.HEADING1, n + ". " + text.t(p.section().titleKey()));
        heading.setPageBreak(true);
        if (p.paragraphs().isEmpty() && p.exhibits().isEmpty()) {
            paragraph(null, text.t("reports.report.no_narrative")).getRuns().get(0).setItalic(true);
        }
        p.paragraphs().forEach(para -> paragraph(null, para));
        for (Exhibit x : p.exhibits()) {
            if (x.chartSvg() != null) {
                chart(x.chartSvg(), text.title(x.figure()));
            }
            table(x.figure(), r, true);
        }
    }

    private void chart(String svg, String title) {
        SvgPng.Image png = SvgPng.render(svg);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png.bytes()), Document.PICTURE_TYPE_PNG, "chart.png", CHART_WIDTH_EMU,
                    (int) ((long) CHART_WIDTH_EMU * png.height() / png.width()));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("chart " + title, e);
        }
    }

    private void table(Figure f, CouncilReport r, boolean numbered) {
        XWPFParagraph caption = paragraph(DocxStyles.CAPTION, (numbered ? text.t("reports.report.table_number", ++tables) + " " : "") + text.title(f));
        caption.setKeepNext(true);
        int rows = 1 + Math.max(1, f.rows().size()) + (f.total() == null ? 0 : 1);
        XWPFTable t = doc.createTable(rows, 2);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        cell(head, 0, text.column(f), true, ParagraphAlignment.LEFT);
        cell(head, 1, text.capitalised(text.unit(f)), true, ParagraphAlignment.RIGHT);
        if (f.rows().isEmpty()) {
            cell(t.getRow(1), 0, text.t("reports.report.nothing"), false, ParagraphAlignment.LEFT);
            cell(t.getRow(1), 1, "", false, ParagraphAlignment.RIGHT);
        }
        for (int i = 0; i < f.rows().size(); i++) {
            cell(t.getRow(i + 1), 0, text.label(f.rows().get(i)), false, ParagraphAlignment.LEFT);
            cell(t.getRow(i + 1), 1, text.number(f.rows().get(i).count()), false, ParagraphAlignment.RIGHT);
        }
        if (f.total() != null) {
            cell(t.getRow(rows - 1), 0, text.total(f), true, ParagraphAlignment.LEFT);
            cell(t.getRow(rows - 1), 1, text.number(f.total()), true, ParagraphAlignment.RIGHT);
        }
        t.getRows().forEach(row -> row.setCantSplitRow(true));
        paragraph(DocxStyles.NOTE, text.note(f, r));
    }

    private void annex(CouncilReport r) {
        paragraph(DocxStyles.HEADING1, text.t("reports.report.annex")).setPageBreak(true);
        paragraph(DocxStyles.NOTE, text.t("reports.report.annex_note", text.number(r.annexTotal()), text.number(r.annex().size()),
                text.dateTime(r.generatedAt())));
        XWPFTable t = doc.createTable(1 + r.annex().size(), 3);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        cell(head, 0, text.t("reports.report.annex.reference"), true, ParagraphAlignment.LEFT);
        cell(head, 1, text.t("reports.report.annex.text"), true, ParagraphAlignment.LEFT);
        cell(head, 2, text.t("reports.report.annex.status"), true, ParagraphAlignment.LEFT);
        for (int i = 0; i < r.annex().size(); i++) {
            AnnexRow a = r.annex().get(i);
            XWPFTableRow row = t.getRow(i + 1);
            cell(row, 0, a.reference() + "\n" + text.mechanism(a.mechanism()), false, ParagraphAlignment.LEFT);
            cell(row, 1, a.text(), false, ParagraphAlignment.LEFT);
            cell(row, 2, text.status(a.status()) + (a.linkedIncidents() > 0
                    ? "\n" + text.t("reports.report.annex.linked_incidents", a.linkedIncidents()) : ""), false, ParagraphAlignment.LEFT);
        }
    }

    private XWPFParagraph paragraph(String style, String content) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(content);
        return p;
    }

    private static void cell(XWPFTableRow row, int column, String content, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        String[] lines = content.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(9);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
