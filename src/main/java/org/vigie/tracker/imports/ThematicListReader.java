package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads OHCHR's thematic list of UPR recommendations (.docx, English), in the 4th-cycle layout or the
 * earlier one, into recommendations; see docs/tracker-imports.md for the grammar. All or nothing: one
 * bad row makes the result a list of errors naming each bad table row and column.
 */
public final class ThematicListReader {

    /** A cell is a paragraph or a few; one larger than this is an attack or a broken file. */
    public static final int MAX_CELL_CHARS = 1_000_000;

    private static final Pattern CYCLE = Pattern.compile("(\\d+)\\s*(?:st|nd|rd|th)\\s+cycle", Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION = Pattern.compile("(\\d+)\\s*(?:st|nd|rd|th)\\s+session", Pattern.CASE_INSENSITIVE);

    /** Reads the bytes of a .docx file. */
    public ImportResult read(byte[] bytes) {
        try (XWPFDocument doc = OfficeFiles.openDocx(bytes)) {
            return read(doc);
        } catch (OfficeFiles.OfficeFileRefused e) {
            return ImportResult.failure(e.error());
        } catch (IOException | RuntimeException e) {
            return ImportResult.failure(OfficeFiles.refused(e, "tracker.import.not_a_docx").error());
        }
    }

    private ImportResult read(XWPFDocument doc) {
        String title = title(doc);
        ThematicRow rows = null;
        ImportCollector collected = new ImportCollector();
        int rowNumber = 0;
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                rowNumber++;
                List<String> cells = cells(row);
                Optional<ThematicLayout> header = ThematicLayout.ofHeader(cells);
                if (header.isPresent()) {
                    // Word repeats the header on each page when a table is split; only the first sets the layout.
                    if (rows == null) {
                        rows = new ThematicRow(header.get(), cells, number(CYCLE, title), number(SESSION, title));
                    }
                } else if (rows != null) {
                    readRow(rows, rowNumber, cells, collected);
                }
            }
        }
        if (rows == null) {
            return ImportResult.failure(ImportIssue.ofFile("tracker.import.not_a_thematic_list"));
        }
        ImportResult result = collected.result();
        return result.withState(state(title).orElse(null));
    }

    /** "UPR of Slovenia (4th Cycle ...)", "EPU du Mali (4e cycle ...)": the State under review, as a code. */
    static Optional<String> state(String title) {
        java.util.regex.Matcher m = UNDER_REVIEW.matcher(title);
        return m.find() ? StateNames.code(m.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern UNDER_REVIEW = java.util.regex.Pattern.compile(
            "\\b(?:UPR|EPU)\\s+(?:of|de la|de l['’]|de|du|des|d['’])\\s*([^()]+?)\\s*\\(", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void readRow(ThematicRow rows, int rowNumber, List<String> cells, ImportCollector collected) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > MAX_CELL_CHARS) {
                collected.add(ImportIssue.at(ImportIssue.Place.ROW, rowNumber, rows.column(i),
                        "tracker.import.cell_too_large", MAX_CELL_CHARS));
                return;
            }
        }
        rows.read(rowNumber, cells).ifPresent(outcome -> collected.add(ImportIssue.Place.ROW, rowNumber, outcome));
    }

    /** A cell's paragraphs, one a line; a line break inside a paragraph is a line too. */
    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : cell.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            cells.add(text.toString().strip());
        }
        return cells;
    }

    /** "UPR of Slovenia (4th Cycle - 48th Session)" is in the page header, or in the first paragraphs. */
    private static String title(XWPFDocument doc) {
        StringBuilder title = new StringBuilder();
        for (XWPFHeader header : doc.getHeaderList()) {
            title.append(header.getText()).append('\n');
        }
        doc.getParagraphs().stream().limit(10).forEach(p -> title.append(p.getText()).append('\n'));
        return title.toString().replaceAll("\\s+", " ");
    }

    private static Integer number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
