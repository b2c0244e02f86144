package org.vigie.reports.exports;

import java.util.Locale;
import org.vigie.errors.InvalidInput;

/** The formats every export is offered in: CSV and XLSX with the HXL hashtag row, and JSON. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The file extension, also the code in URLs ({@code export.csv}, {@code ?format=csv}). */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code code} (csv, xlsx, json); anything else names the {@code format} field. */
    public static ExportFormat parse(String code) {
        for (ExportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return f;
            }
        }
        throw new InvalidInput("format", "reports.export.format", String.valueOf(code));
    }
}
