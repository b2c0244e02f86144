package org.vigie.texts.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.vigie.texts.Resolution;
import org.vigie.texts.SourceText;
import org.vigie.texts.TextImportException;
import org.vigie.texts.analysis.ClauseReader;
import org.vigie.texts.analysis.CommitmentFinder;
import org.vigie.texts.analysis.OpeningVerbs;
import org.vigie.texts.analysis.ReferenceFinder;
import org.vigie.texts.pdf.PdfReader;

/**
 * Reads a resolution from the bytes of a .txt, .pdf or .docx file into a {@link Resolution}: structure,
 * clauses of operative paragraphs, commitments of the State and references. This is the entry point
 * the store, the routes and the command line call.
 */
public final class TextImporter {

    /** Larger files are not resolutions; the limit keeps a malicious upload from exhausting memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ClauseReader clauses;

    public TextImporter() {
        this.clauses = new ClauseReader(OpeningVerbs.load());
    }

    /**
     * Reads {@code bytes}, whose format is told by {@code fileName}'s extension (.txt, .pdf, .docx;
     * without a known extension the bytes' signature decides).
     *
     * @throws TextImportException with a message fit for the user when the input is empty, too large,
     *                             unreadable or not a resolution
     */
    public Resolution read(byte[] bytes, String fileName) throws TextImportException {
        if (bytes == null || bytes.length == 0) {
            throw new TextImportException("texts.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TextImportException("texts.error.too_large", MAX_BYTES / (1024 * 1024));
        }
        SourceText source = switch (format(bytes, fileName)) {
            case "pdf" -> PdfReader.read(bytes);
            case "docx" -> DocxReader.read(bytes);
            default -> PlainTextReader.read(bytes);
        };
        return analyse(StructureParser.parse(source));
    }

    /**
     * Reads a resolution from a stream without holding more than {@link #MAX_BYTES} + 1 bytes, so an
     * oversized upload is refused without being loaded whole. The stream is not closed.
     */
    public Resolution read(InputStream in, String fileName) throws TextImportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new TextImportException(e, "texts.error.unreadable");
        }
        return read(bytes, fileName);
    }

    private Resolution analyse(Resolution structure) {
        Resolution withClauses = clauses.addTo(structure);
        return withClauses.withAnalysis(withClauses.preamble(), withClauses.operative(),
                ReferenceFinder.find(withClauses), CommitmentFinder.find(withClauses));
    }

    static String format(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
            return "pdf";
        }
        if (name.endsWith(".docx") || startsWith(bytes, "PK")) {
            return "docx";
        }
        return "txt";
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[i] != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
