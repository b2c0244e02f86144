package org.vigie.tracker.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UHRI exports them: Excel serial numbers (45681 is 24 January 2025) or ISO text. */
final class ExcelDates {

    /*
     * Excel counts days from 30 December 1899 in its 1900 date system; it wrongly believes 1900 was a leap
     * year, which shifts only dates before March 1900, none of which is a UN document's.
     */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]+)?");
    private static final Pattern ISO = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9:.]+Z?)?");
    /** The UN was founded in 1945; a later bound catches a serial number typed in the wrong column. */
    private static final LocalDate FIRST = LocalDate.of(1945, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private ExcelDates() {
    }

    /**
     * The date written in {@code text}, empty when the text is blank.
     *
     * @throws IllegalArgumentException when the text is neither a serial number nor an ISO date, or is
     *                                  outside 1945-2100
     */
    static Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date;
        Matcher iso = ISO.matcher(value);
        if (SERIAL.matcher(value).matches()) {
            date = EPOCH.plusDays((long) Math.floor(Double.parseDouble(value)));
        } else if (iso.matches()) {
            try {
                date = LocalDate.parse(iso.group(1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date: " + value, e);
            }
        } else {
            throw new IllegalArgumentException("not a date: " + value);
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException("date out of range: " + value);
        }
        return Optional.of(date);
    }
}
