package org.vigie.observatory.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.vigie.errors.InvalidInput;

/**
 * When an incident happened: a day, a month or a year, or a range of them, as precisely as it is known.
 * The bounds are stretched to whole periods of the precision ("March 2024" is 1 to 31 March), so that
 * counts by period and overlaps between incidents compare like with like.
 */
public record IncidentDate(LocalDate start, LocalDate end, DatePrecision precision) {

    public IncidentDate {
        Objects.requireNonNull(precision, "precision");
        if (start == null) {
            throw new InvalidInput("date_start", "observatory.date.missing");
        }
        if (end == null) {
            end = start;
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("date_end", "observatory.date.end_before_start", start.toString(), end.toString());
        }
        start = precision.periodStart(start);
        end = precision.periodEnd(end);
    }

    public static IncidentDate on(LocalDate day) {
        return new IncidentDate(day, day, DatePrecision.DAY);
    }

    public static IncidentDate in(YearMonth month) {
        return new IncidentDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static IncidentDate in(Year year) {
        return new IncidentDate(year.atDay(1), year.atDay(year.length()), DatePrecision.YEAR);
    }

    public static IncidentDate between(LocalDate start, LocalDate end, DatePrecision precision) {
        return new IncidentDate(start, end, precision);
    }

    public boolean isRange() {
        return !precision.periodStart(end).equals(start);
    }

    /**
     * This date when it is not in the future on the clock's date. A period that has begun is accepted
     * even if it has not ended ("this month", "this year"); a period that has not begun is refused.
     *
     * @throws InvalidInput on field {@code date_start} or {@code date_end}
     */
    public IncidentDate notAfterToday(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (start.isAfter(today)) {
            throw new InvalidInput("date_start", "observatory.date.in_future", start.toString(), today.toString());
        }
        if (precision.periodStart(end).isAfter(today)) {
            throw new InvalidInput("date_end", "observatory.date.in_future", end.toString(), today.toString());
        }
        return this;
    }

    /** True when the two dates may describe the same moment, as duplicate detection needs. */
    public boolean overlaps(IncidentDate other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
