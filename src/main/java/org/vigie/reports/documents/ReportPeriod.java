package org.vigie.reports.documents;

import java.time.LocalDate;
import java.util.Objects;
import org.vigie.errors.InvalidInput;

/** The days a figure covers, both ends included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "reports.period.reversed", from, to);
        }
    }
}
