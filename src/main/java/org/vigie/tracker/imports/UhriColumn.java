package org.vigie.tracker.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 16 columns of a UHRI export, spelled as UHRI spells them ("Reccomending Body" included). The
 * correct spelling is accepted too, in case UHRI fixes it.
 */
enum UhriColumn {
    TEXT("Text", true),
    COUNTRIES_CONCERNED("Countries Concerned", false),
    RECOMMENDING_BODY("Reccomending Body", true, "Recommending Body"),
    DOCUMENT_SYMBOL("Document Symbol", true),
    THEMES("Themes", true),
    AFFECTED_PERSONS("Affected Persons", true),
    SDGS("Sdgs", true),
    DOCUMENT_PUBLICATION_DATE("Document Publication Date", true),
    UPR_RECOMMENDING_STATES("UPR Reccomending States", true, "UPR Recommending States"),
    UPR_POSITION("UPR Position", true),
    TYPE("Type", false),
    OHCHR_ANNOTATION_ID("OHCHR Annotation Id", false),
    UPR_SESSION("UPR Session", true),
    REGIONS_CONCERNED("Regions Concerned", false),
    RECOMMENDING_REGIONS("Recommending Regions", false),
    PUBLISHED_ON_UHRI("Date of publication on UHRI", false);

    private final String header;
    private final boolean required;
    private final List<String> spellings;

    UhriColumn(String header, boolean required, String... otherSpellings) {
        this.header = header;
        this.required = required;
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(List.of(otherSpellings));
        this.spellings = all.stream().map(UhriColumn::key).toList();
    }

    String header() {
        return header;
    }

    /**
     * Where each column is in {@code headerRow}, ignoring case and surrounding spaces; columns UHRI does
     * not export are ignored.
     */
    static Map<UhriColumn, Integer> locate(List<String> headerRow) {
        Map<UhriColumn, Integer> found = new EnumMap<>(UhriColumn.class);
        for (int i = 0; i < headerRow.size(); i++) {
            int index = i;
            named(headerRow.get(i)).ifPresent(column -> found.putIfAbsent(column, index));
        }
        return found;
    }

    /** The required columns missing from {@code located}, by UHRI's names. */
    static List<String> missing(Map<UhriColumn, Integer> located) {
        return java.util.Arrays.stream(values()).filter(c -> c.required && !located.containsKey(c))
                .map(UhriColumn::header).toList();
    }

    private static Optional<UhriColumn> named(String header) {
        String key = key(header);
        return java.util.Arrays.stream(values()).filter(c -> c.spellings.contains(key)).findFirst();
    }

    private static String key(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
