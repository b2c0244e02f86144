package org.vigie.reports.exports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * JSON written as it goes: {@code {"export", "filter", "tables": [{"name", "columns": [{"key", "header",
 * "hxl"}], "rows": [{key: value}], "count"}], "count"}}. Dates are ISO text, numbers numbers, text as
 * stored (JSON runs no formula).
 */
final class JsonExportWriter extends ExportWriter {
    private final JsonGenerator json;
    private List<ExportColumn> columns;
    private long tableRows;

    JsonExportWriter(OutputStream out, String export, String filter) {
        try {
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("export", export);
            json.writeStringField("filter", filter);
            json.writeArrayFieldStart("tables");
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    @Override
    void table(String name, List<ExportColumn> newColumns) {
        try {
            endTable();
            columns = List.copyOf(newColumns);
            tableRows = 0;
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeArrayFieldStart("columns");
            for (ExportColumn c : columns) {
                json.writeStartObject();
                json.writeStringField("key", c.key());
                json.writeStringField("header", c.header());
                json.writeStringField("hxl", c.hashtag());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    private void endTable() throws IOException {
        if (columns != null) {
            json.writeEndArray();
            json.writeNumberField("count", tableRows);
            json.writeEndObject();
        }
    }

    @Override
    void write(List<?> values) {
        try {
            json.writeStartObject();
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                json.writeFieldName(columns.get(c).key());
                if (v == null) {
                    json.writeNull();
                } else if (v instanceof Long n) {
                    json.writeNumber(n);
                } else {
                    json.writeString(v.toString());
                }
            }
            json.writeEndObject();
            tableRows++;
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    @Override
    void finish() {
        try {
            endTable();
            json.writeEndArray();
            json.writeNumberField("count", rows());
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }
}
