package org.vigie.tracker.recommendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Recommendations with their status in OHCHR's thematic-list layout, ready for the State's mid-term
 * report: a DOCX table grouped by theme (as OHCHR groups its lists) and a CSV with the same columns.
 */
public final class RecommendationExport {
    /**
     * One exported row: the recommendation, the institutions that answer for it and, for readers of incidents
     * only, how many of its linked incidents they may see ({@code null}, and left out of JSON, for others).
     */
    public record Row(TrackedRecommendation recommendation, List<String> institutions,
                      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                      Long linkedIncidents) {
        public Row(TrackedRecommendation recommendation, List<String> institutions) {
            this(recommendation, institutions, null);
        }

        Row withLinkedIncidents(Long count) {
            return new Row(recommendation, institutions, count);
        }
    }

    private final Function<String, String> labels;

    /** {@code labels} gives the header and status words in the report's language (message keys). */
    public RecommendationExport(Function<String, String> labels) {
        this.labels = labels;
    }

    private static final String[] HEADERS = {"tracker.export.recommendation", "tracker.position", "tracker.export.themes",
        "tracker.sdgs", "tracker.institutions", "tracker.status", "tracker.reference", "tracker.version_fr", "tracker.version_en"};

    public byte[] csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, java.util.Arrays.stream(HEADERS).map(labels).toList());
        for (Row r : rows) {
            line(sb, cells(r));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] docx(String title, List<Row> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Title");
            var run = heading.createRun();
            run.setBold(true);
            run.setFontSize(14);
            run.setText(title);
            XWPFTable table = doc.createTable();
            XWPFTableRow header = table.getRow(0);
            for (int i = 0; i < 6; i++) {
                (i == 0 ? header.getCell(0) : header.addNewTableCell()).setText(labels.apply(HEADERS[i]));
            }
            for (Map.Entry<String, List<Row>> theme : byFirstTheme(rows).entrySet()) {
                XWPFTableRow themeRow = table.createRow();
                themeRow.getCell(0).setText(labels.apply("tracker.theme") + " : " + theme.getKey());
                for (Row r : theme.getValue()) {
                    List<String> c = cells(r);
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(c.get(0) + " (" + c.get(6) + ")");
                    String other = otherVersion(r.recommendation());
                    if (other != null) {
                        row.getCell(0).addParagraph().createRun().setText(other);
                    }
                    for (int i = 1; i < 6; i++) {
                        row.getCell(i).setText(c.get(i));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> cells(Row row) {
        TrackedRecommendation r = row.recommendation();
        String states = r.recommendingStates().isEmpty() ? "" : " (" + String.join(", ", r.recommendingStates()) + ")";
        String number = r.paragraph() == null ? "" : r.paragraph() + " ";
        return java.util.Arrays.asList(number + r.text() + states, labels.apply("tracker.position." + r.position().key()),
                String.join("; ", concat(r.themes(), r.affectedPersons())), String.join(", ", r.sdgs()),
                String.join(", ", row.institutions()), labels.apply("tracker.status." + r.status()), r.reference(),
                r.textFr() == null ? "" : r.textFr(), r.textEn() == null ? "" : r.textEn());
    }

    /** The version in the language other than the row's own, when both are known. */
    private static String otherVersion(TrackedRecommendation r) {
        if (!r.bilingual()) {
            return null;
        }
        return "fr".equals(r.language()) ? r.textEn() : r.textFr();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private Map<String, List<Row>> byFirstTheme(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            List<String> themes = r.recommendation().themes();
            String key = themes.isEmpty() ? labels.apply("tracker.none") : themes.get(0);
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(r);
        }
        return groups;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0;
            // A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        sb.append("\r\n");
    }
}
