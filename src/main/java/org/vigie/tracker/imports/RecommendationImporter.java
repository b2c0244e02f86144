package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a file of recommendations whatever its kind: a thematic list (.docx) or a UHRI export (.xlsx,
 * .csv). This is the entry point the command line and the routes call.
 */
public final class RecommendationImporter {

    private final ThematicListReader thematicLists = new ThematicListReader();
    private final UhriReader uhri = new UhriReader();

    /**
     * Reads {@code bytes}, whose kind is told by {@code fileName}'s extension; without a known extension,
     * a zip file is taken for a Word document if it holds {@code word/document.xml}, else for a workbook,
     * and anything else for a .csv.
     */
    public ImportResult read(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return thematicLists.read(bytes);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
            return uhri.read(bytes, fileName);
        }
        return looksLikeWord(bytes) ? thematicLists.read(bytes) : uhri.read(bytes, fileName);
    }

    /**
     * Reads a file from a stream. A .csv (by its name, or a file that is not a zip) is read as it comes,
     * without holding the file; a .docx or .xlsx is read into memory, up to {@link OfficeFiles#MAX_BYTES}
     * + 1 bytes, so an oversized upload is refused without being loaded whole. The stream is not closed.
     */
    public ImportResult read(InputStream in, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return uhri.readCsv(in);
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(2);
            boolean zip = buffered.read() == 'P' && buffered.read() == 'K';
            buffered.reset();
            if (!zip && !name.endsWith(".docx") && !name.endsWith(".xlsx")) {
                return uhri.readCsv(buffered);
            }
            return read(buffered.readNBytes(OfficeFiles.MAX_BYTES + 1), fileName);
        } catch (IOException e) {
            return ImportResult.failure(ImportIssue.ofFile("tracker.import.unreadable"));
        }
    }

    /** A .docx is a zip whose entries include word/document.xml; the name is stored as text in the zip. */
    private static boolean looksLikeWord(byte[] bytes) {
        if (bytes == null || bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return head.contains("word/");
    }
}
