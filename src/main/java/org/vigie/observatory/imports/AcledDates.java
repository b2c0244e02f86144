package org.vigie.observatory.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.incidents.IncidentDate;

/**
 * ACLED's event date with its time precision: 1, the day is known; 2, the week is known and ACLED
 * codes its middle day (Vigie records the seven days around it, at day precision); 3, only the month
 * is known (Vigie records the month). Exports write dates as 2024-03-15 (since 2019), and older ones as
 * 15 March 2024, 15-March-2024 or 15/03/2024.
 */
final class AcledDates {

    private static final List<DateTimeFormatter> FORMATS = List.of("uuuu-MM-dd", "d MMMM uuuu", "d-MMMM-uuuu",
            "d MMM uuuu", "d-MMM-uuuu", "d/M/uuuu", "d-M-uuuu").stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)).toList();

    private AcledDates() {
    }

    /** The incident's date, or null with the error added to {@code issues}. */
    static IncidentDate date(String text, String precision, Clock clock, AcledRow.Issues issues) {
        LocalDate day = parse(text);
        if (day == null) {
            issues.add(AcledColumn.EVENT_DATE, "observatory.import.date_invalid", text);
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        IncidentDate date = switch (precision) {
            case "1" -> IncidentDate.on(day);
            case "2" -> IncidentDate.between(day.minusDays(3), min(day.plusDays(3), today), DatePrecision.DAY);
            case "3" -> IncidentDate.in(YearMonth.from(day));
            default -> null;
        };
        if (date == null) {
            issues.add(AcledColumn.TIME_PRECISION, "observatory.import.acled_time_precision_invalid", precision);
            return null;
        }
        try {
            return date.notAfterToday(clock);
        } catch (InvalidInput e) {
            issues.add(AcledColumn.EVENT_DATE, "observatory.import.date_in_future", text, today);
            return null;
        }
    }

    static LocalDate parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
