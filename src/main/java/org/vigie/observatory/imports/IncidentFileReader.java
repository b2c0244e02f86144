package org.vigie.observatory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Reads an import file into drafts with the reader its format needs: {@link AcledCsvReader} for ACLED's
 * exports, {@link OdkSubmissionReader} for ODK and Kobo submissions. Needs no database, so that
 * {@code vigie incidents import --dry-run} can run beside a running Vigie.
 */
public final class IncidentFileReader {
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final Clock clock;

    public IncidentFileReader(Gazetteer gazetteer, Vocabulary vocabulary, Clock clock) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /**
     * {@code format} is {@code acled}, {@code odk} or null to tell by the file: an ACLED export is a .csv
     * whose header names {@code event_id_cnty}; anything else is read as ODK or Kobo submissions.
     */
    public IncidentImport read(byte[] bytes, String fileName, String format) {
        if (format != null && !format.matches("acled|odk")) {
            throw new InvalidInput("format", "observatory.import.unknown_format", format);
        }
        if ("acled".equals(format) || (format == null && looksLikeAcled(bytes, fileName))) {
            return new AcledCsvReader(gazetteer, clock).read(bytes);
        }
        return new OdkSubmissionReader(gazetteer, vocabulary, clock).read(bytes, fileName);
    }

    /**
     * Reads a file from a stream, as {@link #read(byte[], String, String)}. The readers need the whole
     * file (a zip or a workbook is read out of order), so it is read into memory, but never more than the
     * largest file accepted plus one byte: a larger one is refused without being loaded whole. The stream
     * is not closed.
     */
    public IncidentImport read(InputStream in, String fileName, String format) {
        try {
            return read(in.readNBytes(ImportFiles.MAX_BYTES + 1), fileName, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeAcled(byte[] bytes, String name) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                && head.lines().findFirst().orElse("").contains("event_id_cnty");
    }
}
