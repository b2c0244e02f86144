package org.vigie.reports.exports;

import java.util.Objects;

/**
 * A column of an export: its stable {@code key} (the JSON field), its header for people (in the caller's
 * language) and its HXL hashtag for machines, checked as {@link HxlTable.Column} checks it.
 */
public record ExportColumn(String key, String header, String hashtag) {
    public ExportColumn {
        Objects.requireNonNull(key, "key");
        new HxlTable.Column(header, hashtag);
    }
}
