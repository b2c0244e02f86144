package org.vigie.reports.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.PeriodScope;

/** The words of a report in its language, shared by the PDF and DOCX writers: titles, notes, labels, numbers, dates. */
public final class ReportText {
    private final Messages messages;
    private final Lang lang;

    public ReportText(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }

    String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    String number(long n) {
        return messages.number(lang, n);
    }

    String date(LocalDate d) {
        return messages.date(lang, d);
    }

    String dateTime(Instant at) {
        return messages.dateTime(lang, at);
    }

    /** The colophon's anchor of the audit trail: the latest signed checkpoint in full, or that there is none yet. */
    String auditCheckpoint(CouncilReport r) {
        var c = r.auditCheckpoint();
        return c == null ? t("reports.report.audit_checkpoint_none")
                : t("reports.report.audit_checkpoint", Long.toString(c.seq()), c.mac(), c.at().toString());
    }

    String title(Figure f) {
        return t(f.titleKey());
    }

    String label(Figure.Row r) {
        return r.label().in(lang.locale());
    }

    String unit(Figure f) {
        return t("reports.unit." + f.unit().code());
    }

    String place(CouncilReport r) {
        return r.placeName() == null ? t("reports.report.all_mali") : r.placeName();
    }

    /** What the figure counts, over which period and place, from which statuses; or that it is the registers' state now. */
    public String note(Figure f, CouncilReport r) {
        String note;
        if (f.atGeneration()) {
            note = t("reports.report.note.now", unit(f), dateTime(r.generatedAt()));
        } else {
            String statuses = f.scope().statuses().stream().sorted().map(s -> s.label().in(lang.locale())).collect(Collectors.joining(", "));
            note = t(f.unit() == Figure.Unit.SCHOOL_CLOSURES ? "reports.report.note.schools" : "reports.report.note.period", unit(f),
                    date(f.scope().from()), date(f.scope().to()), place(r), statuses);
        }
        if (!f.additive() && f.total() != null && f.unit() != Figure.Unit.SCHOOL_CLOSURES) {
            note += " " + t("reports.report.note.overlap");
        }
        if (f.ofVictims()) {
            note += " " + t("reports.figure.victims_counted");
        }
        return note;
    }

    /** The label of the total row: closures in force at the end of the period are no sum of the months'. */
    String total(Figure f) {
        return t(f.additive() || f.unit() != Figure.Unit.SCHOOL_CLOSURES ? "reports.report.total" : "reports.report.at_end");
    }

    String status(String code) {
        String key = "tracker.status." + code;
        return messages.has(lang, key) ? t(key) : code;
    }

    String mechanism(String code) {
        String key = "tracker.mechanism." + code;
        return messages.has(lang, key) ? t(key) : code;
    }

    /** The statuses counted in the report's figures, in words. */
    String countedStatuses() {
        return PeriodScope.PUBLISHED.stream().map(VerificationStatus::label).map(l -> l.in(lang.locale())).collect(Collectors.joining(", "));
    }

    /** The heading of a figure's first column: what its rows are (region, type of act, month). */
    String column(Figure f) {
        String kind = f.id().substring(f.id().lastIndexOf('.') + 1);
        String key = "reports.report.column." + kind;
        return messages.has(lang, key) ? t(key) : t("reports.report.column.category");
    }

    String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
