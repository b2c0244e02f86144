package org.vigie.observatory.imports;

import org.vigie.files.ImportIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The limits every import of incidents reads under, and the opening of its files: size, text encoding,
 * rows, cells, and workbooks opened so that a zip bomb is refused rather than inflated.
 */
final class ImportFiles {

    /** ACLED's whole Mali export since 2012 is about 30 MB; larger files are refused before parsing. */
    static final int MAX_BYTES = 100 * 1024 * 1024;
    /** An ACLED note or a monitor's description is a paragraph; a 100,000-character cell is not. */
    static final int MAX_CELL_CHARS = 100_000;
    /** ACLED has recorded fewer than 20,000 events in Mali; a million rows is not an export of Mali. */
    static final int MAX_ROWS = 1_000_000;

    /*
     * POI keeps these limits in static fields for the whole process (the tracker sets the same values):
     * an entry that inflates more than 100 times or beyond 200 MB is a bomb, not a workbook.
     */
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private ImportFiles() {
    }

    /** Refuses an empty or oversized file; every reader checks this first. */
    static void check(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(ImportIssue.ofFile("observatory.import.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(ImportIssue.ofFile("observatory.import.too_large", MAX_BYTES / (1024 * 1024)));
        }
    }

    static String utf8(byte[] bytes) throws Refused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(ImportIssue.ofFile("observatory.import.not_utf8"));
        }
    }

    /** The records of a .csv file, or the fault that refuses it, its column named from the header. */
    static List<ImportRow> csvRows(String text) throws Refused {
        try {
            return new CsvText(text, MAX_CELL_CHARS).rows(MAX_ROWS);
        } catch (CsvText.Fault fault) {
            Object[] args = switch (fault.messageKey) {
                case "observatory.import.cell_too_large" -> new Object[] {MAX_CELL_CHARS};
                case "observatory.import.too_many_rows" -> new Object[] {MAX_ROWS};
                default -> new Object[0];
            };
            String column = fault.columnIndex < 0 ? null : "column " + (fault.columnIndex + 1);
            throw new Refused(ImportIssue.at(ImportIssue.Place.LINE, fault.line, column, fault.messageKey, args));
        }
    }

    static XSSFWorkbook openXlsx(byte[] bytes) throws Refused {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused(e, "observatory.import.not_an_xlsx");
        }
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    /** POI reports a bomb as an IOException or IllegalStateException somewhere in the cause chain. */
    static Refused refused(Throwable e, String otherwiseKey) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")) {
                return new Refused(ImportIssue.ofFile("observatory.import.zip_bomb"));
            }
        }
        return new Refused(ImportIssue.ofFile(otherwiseKey));
    }

    /** Thrown when a file is refused as a whole, or on its first unreadable record. */
    static final class Refused extends Exception {
        private final transient ImportIssue issue;

        Refused(ImportIssue issue) {
            super(issue.messageKey());
            this.issue = issue;
        }

        ImportIssue issue() {
            return issue;
        }
    }
}
