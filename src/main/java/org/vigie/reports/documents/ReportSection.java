package org.vigie.reports.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * The sections of the Council report, in the order of the resolution's concerns. Each has a title
 * ({@code reports.report.section.<code>}) and a narrative an analyst writes in each language.
 */
public enum ReportSection {
    INTRODUCTION, VIOLATIONS, CHILDREN, SCHOOLS, ACCOUNTABILITY, REPARATIONS, HUMANITARIAN_ACCESS, RECOMMENDATIONS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String titleKey() {
        return "reports.report.section." + code();
    }

    public static Optional<ReportSection> fromCode(String code) {
        for (ReportSection s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
