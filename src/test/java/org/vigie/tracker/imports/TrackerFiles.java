package org.vigie.tracker.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.vigie.tracker.recommendations.Recommendation;

/** The real thematic list of src/test/resources/tracker, and Word files the tests build. */
public final class TrackerFiles {

    static final String SLOVENIA = "upr48-slovenia-thematic-list.docx";

    private static ImportResult slovenia;

    private TrackerFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TrackerFiles.class.getResourceAsStream("/tracker/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Slovenia list, read once: it has 308 rows and several tests look at it. */
    public static synchronized ImportResult slovenia() {
        if (slovenia == null) {
            slovenia = new ThematicListReader().read(resource(SLOVENIA));
        }
        return slovenia;
    }

    public static Recommendation sloveniaParagraph(String paragraph) {
        return slovenia().recommendations().stream().filter(r -> paragraph.equals(r.paragraph())).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + paragraph));
    }

    /**
     * A Word file holding one table whose rows are {@code rows}; a row of one cell is written as one
     * cell, the others with one paragraph a line of each cell.
     */
    static byte[] docxTable(List<List<String>> rows, String firstParagraph) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(firstParagraph);
            XWPFTable table = doc.createTable();
            boolean first = true;
            for (List<String> cells : rows) {
                XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                while (row.getTableCells().size() > cells.size()) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                for (int i = 0; i < cells.size(); i++) {
                    XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
                    write(cell, cells.get(i));
                }
                first = false;
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /**
     * {@code office} with entry {@code name} replaced by {@code start}, then {@code size} spaces (which
     * compress about a thousandfold: a zip bomb when there are millions), then {@code end}.
     */
    static byte[] bomb(byte[] office, String name, String start, int size, String end) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(office));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(start.getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < size; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(end.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
