package org.vigie.reports.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Reads the parameters of a statistics request into a {@link PeriodScope}: {@code from} and {@code to} (ISO
 * dates; the current year by default), {@code region} (a region, cercle or commune P-code) and
 * {@code statuses} (comma-separated verification codes; verified by default). Observers count verified
 * incidents only.
 */
public final class StatisticsQuery {
    private StatisticsQuery() {
    }

    public static PeriodScope parse(Principal caller, LocalDate today, String from, String to, String region, String statuses) {
        LocalDate start = date("from", from, LocalDate.of(today.getYear(), 1, 1));
        LocalDate end = date("to", to, LocalDate.of(today.getYear(), 12, 31));
        PCode place = blank(region) ? null : place(region);
        Set<VerificationStatus> counted = blank(statuses) ? PeriodScope.PUBLISHED : statuses(statuses);
        if (caller.role() == Role.OBSERVER && !counted.equals(PeriodScope.PUBLISHED)) {
            throw new InvalidInput("statuses", "reports.statuses.observer");
        }
        return new PeriodScope(start, end, place, counted);
    }

    private static PCode place(String region) {
        try {
            return PCode.of(region);
        } catch (InvalidInput e) {
            throw new InvalidInput("region", e.messageKey(), e.args());
        }
    }

    private static Set<VerificationStatus> statuses(String codes) {
        Set<VerificationStatus> out = EnumSet.noneOf(VerificationStatus.class);
        for (String code : codes.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                out.add(VerificationStatus.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput("statuses", "reports.statuses.unknown", code.strip());
            }
        }
        return out;
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "error.date", value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
