package org.vigie.observatory.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an ACLED export that an import reads (ACLED's 31 since March 2023; older exports add
 * event_id_no_cnty, data_id and iso3, which are ignored, and may write headers in capitals). Headers
 * are compared without case, spaces counting as underscores.
 */
enum AcledColumn {
    EVENT_ID_CNTY(true),
    EVENT_DATE(true),
    TIME_PRECISION(true),
    SUB_EVENT_TYPE(true),
    ACTOR1(true),
    INTER1(true),
    COUNTRY(false),
    ISO(false),
    ADMIN1(true),
    ADMIN2(true),
    ADMIN3(false),
    LOCATION(false),
    LATITUDE(false),
    LONGITUDE(false),
    SOURCE(false),
    SOURCE_SCALE(false),
    NOTES(false),
    FATALITIES(true),
    TIMESTAMP(false);

    private final boolean required;

    AcledColumn(boolean required) {
        this.required = required;
    }

    /** The header as ACLED writes it now. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where each known column is in the header row; the first of two identical headers wins. */
    static Map<AcledColumn, Integer> locate(List<String> header) {
        Map<AcledColumn, Integer> found = new EnumMap<>(AcledColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            for (AcledColumn column : values()) {
                if (column.header().equals(name)) {
                    found.putIfAbsent(column, i);
                }
            }
        }
        return found;
    }

    /** The required columns the header lacks; country or iso is required too, either will do. */
    static List<String> missing(Map<AcledColumn, Integer> found) {
        List<String> missing = new ArrayList<>();
        for (AcledColumn column : values()) {
            if (column.required && !found.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!found.containsKey(COUNTRY) && !found.containsKey(ISO)) {
            missing.add("country");
        }
        return missing;
    }
}
