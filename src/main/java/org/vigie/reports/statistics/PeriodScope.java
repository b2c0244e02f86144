package org.vigie.reports.statistics;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.incidents.VerificationStatus;

/**
 * What a set of figures covers: the days from {@code from} to {@code to} (both included), an optional
 * place (a region, cercle or commune P-code; null for all of Mali) and the verification statuses whose
 * records are counted. An incident is in the period when its first day ({@code date_start}) is.
 */
public record PeriodScope(LocalDate from, LocalDate to, PCode place, Set<VerificationStatus> statuses) {
    /** Published figures count verified records only. */
    public static final Set<VerificationStatus> PUBLISHED = EnumSet.of(VerificationStatus.VERIFIED);

    public PeriodScope {
        if (from == null) {
            throw new InvalidInput("from", "error.required");
        }
        if (to == null) {
            throw new InvalidInput("to", "error.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "reports.period.inverted", from.toString(), to.toString());
        }
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.isEmpty()) {
            throw new InvalidInput("statuses", "error.required");
        }
        statuses = Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Verified records of all of Mali over the period, as published figures count them. */
    public static PeriodScope published(LocalDate from, LocalDate to) {
        return new PeriodScope(from, to, null, PUBLISHED);
    }

    /** The calendar year {@code year}, verified records of all of Mali. */
    public static PeriodScope publishedYear(int year) {
        return published(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The statuses as stored ({@code verified}), in the order of {@link VerificationStatus}. */
    public List<String> statusCodes() {
        return EnumSet.copyOf(statuses).stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }
}
