package org.vigie.observatory.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.places.Gazetteer;

/**
 * Reads an ACLED export of Mali's events (.csv, as downloaded from ACLED's data export tool or API) into
 * incident drafts; see docs/observatory-imports.md for the columns and mappings. All or nothing: one
 * bad row, or a row of another country, makes the result the list of errors, each naming its line and
 * column. Events that record no act against persons are skipped with a warning.
 */
public final class AcledCsvReader {

    private final Gazetteer gazetteer;
    private final Clock clock;

    public AcledCsvReader(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    public IncidentImport read(byte[] bytes) {
        List<ImportRow> rows;
        try {
            ImportFiles.check(bytes);
            rows = ImportFiles.csvRows(ImportFiles.utf8(bytes));
        } catch (ImportFiles.Refused e) {
            return IncidentImport.failure(e.issue());
        }
        int first = 0;
        while (first < rows.size() && rows.get(first).isBlank()) {
            first++;
        }
        if (first == rows.size()) {
            return IncidentImport.failure(ImportIssue.ofFile("observatory.import.no_incidents"));
        }
        ImportRow headerRow = rows.get(first);
        Map<AcledColumn, Integer> columns = AcledColumn.locate(headerRow.cells());
        List<String> missing = AcledColumn.missing(columns);
        if (!missing.isEmpty()) {
            return IncidentImport.failure(ImportIssue.at(headerRow.place(), headerRow.line(), null,
                    "observatory.import.missing_columns", String.join(", ", missing)));
        }
        return readEvents(rows.subList(first + 1, rows.size()), new AcledRow(columns, headerRow.cells(),
                new AcledPlaces(gazetteer), clock), headerRow.cells().get(columns.get(AcledColumn.EVENT_ID_CNTY)).strip());
    }

    private static IncidentImport readEvents(List<ImportRow> rows, AcledRow reader, String idColumn) {
        List<ImportedIncident> incidents = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            Optional<ImportedIncident> read = reader.read(row, warnings, errors);
            if (read.isEmpty()) {
                continue;
            }
            String id = read.get().incident().externalId();
            Integer before = seen.putIfAbsent(id, row.line());
            if (before != null) {
                errors.add(ImportIssue.at(row.place(), row.line(), idColumn, "observatory.import.duplicate_event", id, before));
            } else {
                incidents.add(read.get());
            }
        }
        return IncidentImport.of(incidents, warnings, errors);
    }
}
