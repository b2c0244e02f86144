package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens .docx and .xlsx files under limits that refuse zip bombs, and says what went wrong in the
 * terms of an {@link ImportIssue}.
 */
final class OfficeFiles {

    /** Larger uploads are not thematic lists or UHRI exports of one country; refused before any parsing. */
    static final int MAX_BYTES = 100 * 1024 * 1024;

    /*
     * POI keeps these limits in static fields, so they are set once for the whole process here. An entry
     * that inflates more than 100 times (a ratio under 0.01) or beyond 200 MB is a bomb, not a document:
     * the Slovenia list's 1.1 MB document.xml inflates about 10 times.
     */
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private OfficeFiles() {
    }

    static XWPFDocument openDocx(byte[] bytes) throws OfficeFileRefused {
        check(bytes);
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused(e, "tracker.import.not_a_docx");
        }
    }

    /** Refuses an empty or oversized file; every reader checks this first. */
    static void check(byte[] bytes) throws OfficeFileRefused {
        if (bytes == null || bytes.length == 0) {
            throw new OfficeFileRefused(ImportIssue.ofFile("tracker.import.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new OfficeFileRefused(ImportIssue.ofFile("tracker.import.too_large", MAX_BYTES / (1024 * 1024)));
        }
    }

    /** POI reports a bomb as an IOException or IllegalStateException somewhere in the cause chain. */
    static OfficeFileRefused refused(Throwable e, String otherwiseKey) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")
                    || message.contains("MAX_ENTRY_SIZE")) {
                return new OfficeFileRefused(ImportIssue.ofFile("tracker.import.zip_bomb"));
            }
        }
        return new OfficeFileRefused(ImportIssue.ofFile(otherwiseKey));
    }

    /** Thrown when a file is refused as a whole, before any row is read. */
    static final class OfficeFileRefused extends Exception {
        private final transient ImportIssue error;

        OfficeFileRefused(ImportIssue error) {
            super(error.messageKey());
            this.error = error;
        }

        ImportIssue error() {
            return error;
        }
    }
}
