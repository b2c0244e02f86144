package org.vigie.observatory.incidents;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.vigie.observatory.vocabulary.Label;

/** How precisely a date is known: reports from remote areas often give only a month or a year. */
public enum DatePrecision {
    DAY(new Label("Day", "Jour")),
    MONTH(new Label("Month", "Mois")),
    YEAR(new Label("Year", "Année"));

    private final Label label;

    DatePrecision(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The first day of the period at this precision that contains the date. */
    LocalDate periodStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day of the period at this precision that contains the date. */
    LocalDate periodEnd(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
