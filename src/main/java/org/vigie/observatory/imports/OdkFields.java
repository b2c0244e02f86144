package org.vigie.observatory.imports;

import org.vigie.files.ImportIssue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one submission (or of one repeat of its victims group) by field name, whatever the
 * export wrote before the name: ODK Central joins groups with "-" ({@code incident-region}), Kobo with
 * "/" ({@code incident/region}), the XML nests elements. The header as written is kept for messages.
 */
record OdkFields(ImportIssue.Place place, int line, Map<String, String> values, Map<String, String> columns) {

    OdkFields {
        values = Map.copyOf(values);
        columns = Map.copyOf(columns);
    }

    /** The fields of a table row, by the last segment of each header; the first column of a name wins. */
    static OdkFields of(ImportRow row, List<String> header) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            String name = fieldName(written);
            if (!name.isEmpty() && !values.containsKey(name)) {
                values.put(name, row.cell(i).strip());
                columns.put(name, written);
            }
        }
        return new OdkFields(row.place(), row.line(), values, columns);
    }

    static String fieldName(String header) {
        int cut = Math.max(header.lastIndexOf('/'), header.lastIndexOf('-'));
        return header.substring(cut + 1);
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The column as the file wrote it, or the field's name when the file has no such column. */
    String column(String field) {
        return columns.getOrDefault(field, field);
    }

    ImportIssue issue(String field, String key, Object... args) {
        return ImportIssue.at(place, line, column(field), key, args);
    }
}
