package org.vigie.observatory.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.PerpetratorDraft;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.Names;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/**
 * Turns one row of an ACLED export into an incident draft, or says what is wrong with it, column by
 * column. See docs/observatory-imports.md for each column's mapping.
 */
final class AcledRow {

    /** ACLED's own fields of Mali's events: ISO 3166 numeric code and country name. */
    static final String MALI_ISO = "466";
    static final String NEWSPAPER_WRITE_UP = "14052319160116";
    static final String RELIABILITY_UNKNOWN = "99000000000042";
    static final String SUSPECTED_INVOLVEMENT = "01060000000018";

    private final Map<AcledColumn, Integer> columns;
    private final List<String> header;
    private final AcledPlaces places;
    private final Clock clock;
    private final Map<String, Optional<PerpetratorCategory>> categories = new HashMap<>();

    AcledRow(Map<AcledColumn, Integer> columns, List<String> header, AcledPlaces places, Clock clock) {
        this.columns = columns;
        this.header = header;
        this.places = places;
        this.clock = clock;
    }

    /** The incident of the row, or empty when the row is in error or records no act (both reported). */
    Optional<ImportedIncident> read(ImportRow row, List<ImportIssue> warnings, List<ImportIssue> errors) {
        Issues issues = new Issues(row, errors);
        String eventId = value(row, AcledColumn.EVENT_ID_CNTY);
        if (!eventId.matches("[A-Za-z0-9_\\-]{1,40}")) {
            issues.add(AcledColumn.EVENT_ID_CNTY, "observatory.import.acled_event_id_invalid", eventId);
        }
        checkCountry(row, issues);
        IncidentDate date = AcledDates.date(value(row, AcledColumn.EVENT_DATE), value(row, AcledColumn.TIME_PRECISION),
                clock, issues);
        Integer fatalities = fatalities(value(row, AcledColumn.FATALITIES), issues);
        String actor1 = value(row, AcledColumn.ACTOR1);
        String inter1 = value(row, AcledColumn.INTER1);
        Optional<PerpetratorCategory> category = categories.computeIfAbsent(inter1 + '\u0000' + actor1,
                k -> AcledActors.category(inter1, actor1));
        if (category.isEmpty()) {
            issues.add(AcledColumn.INTER1, "observatory.import.acled_actor_type_unknown", value(row, AcledColumn.INTER1));
        }
        String subLabel = value(row, AcledColumn.SUB_EVENT_TYPE).replace("protestors", "protesters");
        Optional<AcledSubEventType> subType = subLabel.isBlank() ? Optional.empty() : AcledSubEventType.fromAcledLabel(subLabel);
        if (subType.isEmpty()) {
            issues.add(AcledColumn.SUB_EVENT_TYPE, "observatory.import.acled_sub_event_type_unknown", subLabel);
        }
        PCode place = place(row, issues, warnings);
        Double[] point = coordinates(row, issues);
        if (issues.any || date == null || fatalities == null) {
            return Optional.empty();
        }
        Optional<String> actType = AcledActs.actType(subType.get(), fatalities, category.get());
        if (actType.isEmpty()) {
            warnings.add(issues.issue(AcledColumn.SUB_EVENT_TYPE, "observatory.import.acled_not_an_act", eventId, subLabel));
            return Optional.empty();
        }
        PerpetratorDraft perpetrator = new PerpetratorDraft(category.get(), actor1.isBlank() ? null : actor1, SUSPECTED_INVOLVEMENT);
        ActDraft act = new ActDraft(actType.get(), fatalities, List.of(perpetrator));
        String location = value(row, AcledColumn.LOCATION);
        String title = location.isBlank() ? subType.get().acledLabel() : subType.get().acledLabel() + ", " + location;
        IncidentDraft draft = new IncidentDraft(date, place, blankToNull(location), point[0], point[1], title, null,
                blankToNull(value(row, AcledColumn.NOTES)), List.of(act), List.of(source(row, eventId)), Origin.ACLED, eventId);
        return Optional.of(new ImportedIncident(row.line(), draft, List.of()));
    }

    private void checkCountry(ImportRow row, Issues issues) {
        if (columns.containsKey(AcledColumn.COUNTRY)) {
            String country = value(row, AcledColumn.COUNTRY);
            if (!Names.fold(country).equals("mali")) {
                issues.add(AcledColumn.COUNTRY, "observatory.import.acled_not_mali", country);
            }
        } else if (!value(row, AcledColumn.ISO).equals(MALI_ISO)) {
            issues.add(AcledColumn.ISO, "observatory.import.acled_not_mali", value(row, AcledColumn.ISO));
        }
    }

    private static Integer fatalities(String text, Issues issues) {
        if (text.matches("\\d{1,6}")) {
            return Integer.parseInt(text);
        }
        issues.add(AcledColumn.FATALITIES, "observatory.import.acled_fatalities_invalid", text);
        return null;
    }

    private PCode place(ImportRow row, Issues issues, List<ImportIssue> warnings) {
        String admin1 = value(row, AcledColumn.ADMIN1);
        Optional<AcledPlaces.Placed> placed = places.find(admin1, value(row, AcledColumn.ADMIN2), value(row, AcledColumn.ADMIN3));
        if (placed.isEmpty()) {
            issues.add(AcledColumn.ADMIN1, "observatory.import.unknown_place", admin1, String.join(", ", places.suggestions(admin1)));
            return null;
        }
        for (AcledPlaces.Fallback f : placed.get().fallbacks()) {
            AcledColumn column = AcledColumn.valueOf(f.column().toUpperCase(java.util.Locale.ROOT));
            warnings.add(issues.issue(column, "observatory.import.place_kept_above", f.name(), f.kept().value()));
        }
        return placed.get().code();
    }

    /** Latitude and longitude, both or neither, inside Mali's bounding box (10 to 25.5 N, 12.5 W to 4.5 E). */
    private Double[] coordinates(ImportRow row, Issues issues) {
        String lat = value(row, AcledColumn.LATITUDE);
        String lon = value(row, AcledColumn.LONGITUDE);
        if (lat.isEmpty() && lon.isEmpty()) {
            return new Double[2];
        }
        Double latitude = number(lat, 10.0, 25.5);
        Double longitude = number(lon, -12.5, 4.5);
        if (latitude == null) {
            issues.add(AcledColumn.LATITUDE, "observatory.import.coordinates_outside_mali", lat);
        }
        if (longitude == null) {
            issues.add(AcledColumn.LONGITUDE, "observatory.import.coordinates_outside_mali", lon);
        }
        return new Double[] {latitude, longitude};
    }

    static Double number(String text, double min, double max) {
        try {
            double value = Double.parseDouble(text);
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SourceDraft source(ImportRow row, String eventId) {
        String source = value(row, AcledColumn.SOURCE);
        String scale = value(row, AcledColumn.SOURCE_SCALE);
        String description = "ACLED " + eventId + (source.isBlank() ? "" : ": " + source) + (scale.isBlank() ? "" : " (" + scale + ")");
        LocalDate reported = null;
        String timestamp = value(row, AcledColumn.TIMESTAMP);
        if (timestamp.matches("\\d{9,11}")) {
            reported = Instant.ofEpochSecond(Long.parseLong(timestamp)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return new SourceDraft(NEWSPAPER_WRITE_UP, description, reported, RELIABILITY_UNKNOWN);
    }

    private String value(ImportRow row, AcledColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** The errors of one row, each naming the column as the file's header writes it. */
    final class Issues {
        private final ImportRow row;
        private final List<ImportIssue> errors;
        boolean any;

        Issues(ImportRow row, List<ImportIssue> errors) {
            this.row = row;
            this.errors = errors;
        }

        void add(AcledColumn column, String key, Object... args) {
            errors.add(issue(column, key, args));
            any = true;
        }

        ImportIssue issue(AcledColumn column, String key, Object... args) {
            Integer index = columns.get(column);
            String name = index == null || index >= header.size() ? column.header() : header.get(index).strip();
            return ImportIssue.at(row.place(), row.line(), name, key, args);
        }
    }
}
