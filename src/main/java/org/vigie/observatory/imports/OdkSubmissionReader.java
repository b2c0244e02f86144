package org.vigie.observatory.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Reads submissions of Vigie's incident form (see {@link XlsFormWriter}) into incident drafts with their
 * victims: ODK Central's .csv or .zip export, KoboToolbox's .xlsx export, or the .xml of one submission.
 * The submission's instanceID ({@code uuid:...}) is the external identifier, so importing the same
 * submission again changes nothing. All or nothing: one bad answer refuses the file, each error naming
 * its row and column. Identity answers never appear in a message.
 */
public final class OdkSubmissionReader {

    private final OdkRecord records;

    public OdkSubmissionReader(Gazetteer gazetteer, Vocabulary vocabulary, Clock clock) {
        this.records = new OdkRecord(gazetteer, vocabulary, clock);
    }

    /** Reads {@code bytes}, whose kind is told by {@code fileName}'s extension, or by its first bytes. */
    public IncidentImport read(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<ImportIssue> errors = new ArrayList<>();
        List<OdkSubmission> submissions;
        try {
            ImportFiles.check(bytes);
            if (name.endsWith(".xml") || (!ImportFiles.isZip(bytes) && bytes[0] == '<')) {
                submissions = List.of(OdkXml.read(bytes));
            } else if (name.endsWith(".xlsx") || (!name.endsWith(".zip") && isWorkbook(bytes))) {
                submissions = OdkTables.xlsx(bytes, errors);
            } else if (name.endsWith(".zip") || ImportFiles.isZip(bytes)) {
                submissions = OdkTables.zip(bytes, errors);
            } else {
                submissions = OdkTables.csv(ImportFiles.utf8(bytes), errors);
            }
        } catch (ImportFiles.Refused e) {
            return IncidentImport.failure(e.issue());
        }
        List<ImportedIncident> incidents = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (OdkSubmission submission : submissions) {
            Optional<ImportedIncident> read = records.read(submission, errors);
            if (read.isPresent()) {
                String id = read.get().incident().externalId();
                Integer before = seen.putIfAbsent(id, submission.incident().line());
                if (before != null) {
                    errors.add(submission.incident().issue(OdkForm.INSTANCE_ID, "observatory.import.duplicate_event", id, before));
                } else {
                    incidents.add(read.get());
                }
            }
        }
        return IncidentImport.of(incidents, List.of(), errors);
    }

    /** A workbook is a zip whose entries are under xl/; entry names are stored as text in the zip. */
    private static boolean isWorkbook(byte[] bytes) {
        return ImportFiles.isZip(bytes)
                && new String(bytes, 0, Math.min(bytes.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1).contains("xl/");
    }
}
