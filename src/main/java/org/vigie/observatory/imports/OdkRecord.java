package org.vigie.observatory.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.errors.InvalidInput;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.PerpetratorDraft;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.vocabulary.Vocabulary;

import static org.vigie.observatory.forms.OdkForm.*;

/**
 * Turns one submission of Vigie's incident form into an incident draft and its victims, or says what is
 * wrong, field by field. Values are the choice names the XLSForm writes (P-codes, term codes, lower-case
 * category names); see docs/observatory-imports.md.
 */
final class OdkRecord {

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final Clock clock;

    OdkRecord(Gazetteer gazetteer, Vocabulary vocabulary, Clock clock) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** The incident, or empty with its errors added. */
    Optional<ImportedIncident> read(OdkSubmission submission, List<ImportIssue> errors) {
        OdkFields f = submission.incident();
        int before = errors.size();
        String instanceId = f.value(INSTANCE_ID);
        if (!instanceId.matches("uuid:[A-Za-z0-9\\-]{1,64}")) {
            errors.add(f.issue(INSTANCE_ID, "observatory.import.odk_instance_id_invalid", instanceId));
        }
        IncidentDate date = date(f, errors);
        PCode place = place(f, errors);
        Double[] point = point(f, errors);
        String title = f.value(TITLE);
        if (title.isEmpty()) {
            errors.add(f.issue(TITLE, "observatory.import.odk_required", TITLE));
        }
        String actType = term(f, ACT_TYPE, true, errors);
        PerpetratorCategory category = OdkValues.choice(f, PERPETRATOR_CATEGORY, PerpetratorCategory.class, true, errors);
        String kind = term(f, SOURCE_KIND, false, errors);
        String reliability = term(f, SOURCE_RELIABILITY, false, errors);
        List<VictimDraft> victims = new ArrayList<>();
        LocalDate collectedOn = collectedOn(f);
        for (OdkFields v : submission.victims()) {
            OdkValues.victim(v, collectedOn, errors).ifPresent(victims::add);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        ActDraft act = new ActDraft(actType, 0, List.of(new PerpetratorDraft(category, blankToNull(f.value(PERPETRATOR_GROUP)),
                AcledRow.SUSPECTED_INVOLVEMENT)));
        List<SourceDraft> sources = kind == null && f.value(SOURCE_DESCRIPTION).isEmpty() ? List.of()
                : List.of(new SourceDraft(kind, blankToNull(f.value(SOURCE_DESCRIPTION)), null, reliability));
        IncidentDraft draft = new IncidentDraft(date, place, blankToNull(f.value(LOCALITY)), point[0], point[1], title,
                blankToNull(f.value(DESCRIPTION_FR)), blankToNull(f.value(DESCRIPTION_EN)), List.of(act), sources, Origin.ODK, instanceId);
        return Optional.of(new ImportedIncident(f.line(), draft, victims));
    }

    /**
     * The day the monitor filled in the form (ODK's start, else end, else the server's submission date):
     * consent to what may be shared is asked and given then.
     */
    private static LocalDate collectedOn(OdkFields f) {
        for (String field : new String[] {"start", "end", "SubmissionDate"}) {
            String v = f.value(field);
            if (v.length() >= 10) {
                LocalDate d = AcledDates.parse(v.substring(0, 10));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private IncidentDate date(OdkFields f, List<ImportIssue> errors) {
        DatePrecision precision = OdkValues.choice(f, DATE_PRECISION, DatePrecision.class, true, errors);
        LocalDate start = OdkValues.date(f, DATE_START, true, errors);
        LocalDate end = OdkValues.date(f, DATE_END, false, errors);
        if (precision == null || start == null) {
            return null;
        }
        try {
            return new IncidentDate(start, end, precision).notAfterToday(clock);
        } catch (InvalidInput e) {
            String field = e.field().equals("date_end") ? DATE_END : DATE_START;
            errors.add(f.issue(field, "observatory.import.odk_date_refused", f.value(field), LocalDate.now(clock)));
            return null;
        }
    }

    /** The commune if given, else the cercle, else the region; each must lie in the one above it. */
    private PCode place(OdkFields f, List<ImportIssue> errors) {
        PCode found = null;
        for (String field : List.of(REGION, CERCLE, COMMUNE)) {
            String value = f.value(field);
            if (value.isEmpty()) {
                if (field.equals(REGION)) {
                    errors.add(f.issue(field, "observatory.import.odk_required", field));
                }
                return found;
            }
            Optional<PCode> code = known(value, AdminLevel.valueOf(field.toUpperCase(Locale.ROOT)));
            if (code.isEmpty() || (found != null && !code.get().parent().orElseThrow().equals(found))) {
                errors.add(f.issue(field, "observatory.import.odk_place_invalid", value));
                return null;
            }
            found = code.get();
        }
        return found;
    }

    /** The code if it is well formed, of this level and in the code list. */
    private Optional<PCode> known(String value, AdminLevel level) {
        try {
            PCode code = PCode.of(value);
            return code.level() == level ? gazetteer.find(code).map(AdminUnit::pcode) : Optional.empty();
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /** ODK writes a geopoint as "latitude longitude altitude accuracy"; Central also splits it into columns. */
    private static Double[] point(OdkFields f, List<ImportIssue> errors) {
        String[] parts = f.value(LOCATION).split("\\s+");
        String lat = parts.length >= 2 ? parts[0] : f.value("Latitude").isEmpty() ? f.value("location_latitude") : f.value("Latitude");
        String lon = parts.length >= 2 ? parts[1] : f.value("Longitude").isEmpty() ? f.value("location_longitude") : f.value("Longitude");
        if (lat.isEmpty() && lon.isEmpty()) {
            return new Double[2];
        }
        Double latitude = AcledRow.number(lat, 10.0, 25.5);
        Double longitude = AcledRow.number(lon, -12.5, 4.5);
        if (latitude == null || longitude == null) {
            errors.add(f.issue(LOCATION, "observatory.import.coordinates_outside_mali", lat + " " + lon));
        }
        return new Double[] {latitude, longitude};
    }

    private String term(OdkFields f, String field, boolean required, List<ImportIssue> errors) {
        String code = f.value(field);
        if (code.isEmpty()) {
            if (required) {
                errors.add(f.issue(field, "observatory.import.odk_required", field));
            }
            return null;
        }
        if (vocabulary.term(code).isEmpty()) {
            errors.add(f.issue(field, "observatory.import.odk_choice_invalid", code));
            return null;
        }
        return code;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
