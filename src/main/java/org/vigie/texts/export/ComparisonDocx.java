package org.vigie.texts.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.texts.compare.ComparedTexts;
import org.vigie.texts.compare.OperativeSummary;
import org.vigie.texts.compare.TextComparison;

/**
 * Two texts compared as a Word document for a delegation (Apache POI, as the reports use it): the first page says
 * what is new in the operative part (demands, addressees, deadlines, stronger and weaker verbs); then a table of
 * the operative paragraphs (status, old and new number, the newer text with insertions underlined and deletions
 * struck through); then the preamble's changes. Its words are the interface's, in the reader's language.
 */
public final class ComparisonDocx {
    private final Messages messages;
    private final Lang lang;

    public ComparisonDocx(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    /** The document, named after the two texts as people know them ("A/HRC/RES/55/25"). */
    public byte[] write(String olderName, String newerName, ComparedTexts compared) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, t("texts.docx.title", olderName, newerName), 16);
            summary(doc, compared.summary());
            doc.createParagraph().setPageBreak(true);
            heading(doc, t("texts.docx.operative"), 13);
            table(doc, compared.operative(), true);
            List<TextComparison.ParagraphChange> preamble = compared.others().stream()
                    .filter(c -> c.status() != TextComparison.Status.KEPT).toList();
            if (!preamble.isEmpty()) {
                heading(doc, t("texts.docx.preamble"), 13);
                table(doc, preamble, false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(XWPFDocument doc, OperativeSummary s) {
        heading(doc, t("texts.summary"), 13);
        heading(doc, t("texts.summary.new_demands"), 11);
        items(doc, s.newDemands().stream().map(d -> d.paragraph() + " · " + d.verb()
                + (d.addressees().isEmpty() ? "" : " " + String.join(", ", d.addressees()))
                + (d.action() == null || d.action().isBlank() ? "" : " — " + d.action())).toList());
        heading(doc, t("texts.summary.new_addressees"), 11);
        items(doc, s.newAddressees());
        heading(doc, t("texts.summary.new_deadlines"), 11);
        items(doc, s.newDeadlines());
        heading(doc, t("texts.summary.verb_changes"), 11);
        items(doc, s.verbChanges().stream().map(v -> v.oldParagraph() + " → " + v.newParagraph() + " · " + v.oldVerb()
                + " → " + v.newVerb() + " (" + t("texts.summary." + v.direction()) + ")").toList());
    }

    private void items(XWPFDocument doc, List<String> items) {
        if (items.isEmpty()) {
            doc.createParagraph().createRun().setText(t("texts.summary.none"));
            return;
        }
        for (String item : items) {
            doc.createParagraph().createRun().setText("• " + item);
        }
    }

    private void table(XWPFDocument doc, List<TextComparison.ParagraphChange> changes, boolean all) {
        XWPFTable table = doc.createTable(1, 4);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        String[] titles = {t("texts.docx.status"), t("texts.docx.old"), t("texts.docx.new"), t("texts.docx.text")};
        for (int i = 0; i < titles.length; i++) {
            XWPFRun r = head.getCell(i).getParagraphs().get(0).createRun();
            r.setBold(true);
            r.setText(titles[i]);
        }
        for (TextComparison.ParagraphChange c : changes) {
            if (!all && c.status() == TextComparison.Status.KEPT) {
                continue;
            }
            XWPFTableRow row = table.createRow();
            String status = t("texts.status." + c.status().code())
                    + (c.renumbered() ? ", " + t("texts.status.renumbered") : "");
            row.getCell(0).setText(status);
            row.getCell(1).setText(c.oldName() == null ? "" : c.oldName());
            row.getCell(2).setText(c.newName() == null ? "" : c.newName());
            words(row.getCell(3), c);
        }
    }

    /** The newer text with what was inserted underlined and what was deleted struck through. */
    private static void words(XWPFTableCell cell, TextComparison.ParagraphChange c) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        boolean first = true;
        for (TextComparison.Words w : c.words()) {
            if (!first) {
                p.createRun().setText(" "); // a space of its own, neither underlined nor struck through
            }
            first = false;
            XWPFRun r = p.createRun();
            r.setText(w.text());
            switch (w.op()) {
                case INSERTED -> r.setUnderline(UnderlinePatterns.SINGLE);
                case DELETED -> r.setStrikeThrough(true);
                default -> {
                }
            }
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setBold(true);
        r.setFontSize(size);
        r.setText(text);
    }

    private String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }
}
