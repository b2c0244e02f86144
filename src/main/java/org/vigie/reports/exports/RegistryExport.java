package org.vigie.reports.exports;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigie.registries.reparations.Claim;
import org.vigie.registries.reparations.ClaimFilter;
import org.vigie.registries.schools.Closure;
import org.vigie.registries.Coded;
import org.vigie.registries.proceedings.Proceeding;
import org.vigie.registries.proceedings.ProceedingFilter;
import org.vigie.registries.Registries;
import org.vigie.registries.schools.School;
import org.vigie.registries.schools.SchoolFilter;
import org.vigie.security.Principal;

/**
 * The three registries as export tables with HXL hashtags, under the list's filter, read a page at a time
 * (registries hold thousands of rows, not millions). Only codes, dates, counts and the names of places,
 * schools and courts: never a suspect's name, never a free text (closure sources, charges as worded,
 * outcomes, harms as told), and a claimant only by pseudonym.
 */
final class RegistryExport {
    private static final int PAGE = 200;
    private final Registries registries;
    private final Function<String, String> t;
    private final Locale locale;

    RegistryExport(Registries registries, Function<String, String> t, Locale locale) {
        this.registries = registries;
        this.t = t;
        this.locale = locale;
    }

    void schools(SchoolFilter f, Principal who, ExportWriter out) {
        out.table("schools", List.of(column("school", "#loc+school+name"), column("pcode", "#loc+code"),
                column("adm1_code", "#adm1+code"), column("adm2_code", "#adm2+code"), column("place", "#loc+name"),
                column("level", "#meta+level"), column("closed_on", "#date+closed"), column("cause", "#meta+cause+code"),
                column("girls", "#affected+students+f"), column("boys", "#affected+students+m"),
                column("teachers", "#affected+teachers"), column("reopened_on", "#date+reopened"),
                column("status", "#status+verification")));
        for (int offset = 0; ; offset += PAGE) {
            List<School> page = registries.schools().find(who, f.page(offset));
            for (School s : page) {
                Closure c = s.latest();
                out.row(java.util.Arrays.asList(s.name(), s.pcode(), s.region(), s.pcode().length() >= 6 ? s.pcode().substring(0, 6) : null,
                        s.placeName(), s.level() == null ? null : s.level().label().in(locale), c.report().closedOn(), c.report().cause().code(),
                        number(c.report().girls()), number(c.report().boys()), number(c.report().teachers()), c.reopenedOn(),
                        c.verification() == null ? null : c.verification().label().in(locale)));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    void proceedings(ProceedingFilter f, Principal who, ExportWriter out) {
        out.table("proceedings", List.of(column("case_number", "#meta+case+id"), column("court", "#org+court"),
                column("charge_classes", "#meta+charges+code"), column("stage", "#status+stage+code"),
                column("stage_on", "#date+stage"), column("suspects", "#indicator+suspects+num"),
                column("suspect_categories", "#group+perpetrator+code")));
        for (int offset = 0; ; offset += PAGE) {
            List<Proceeding> page = registries.proceedings().find(who, f.page(offset));
            for (Proceeding p : page) {
                out.row(java.util.Arrays.asList(p.reference(), p.court(), codes(p.chargeClasses()), p.stage().code(), p.stageOn(),
                        (long) p.suspectCount(), p.suspects().stream().map(s -> s.categoryCode() + ":" + s.count())
                                .collect(Collectors.joining("; "))));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    void claims(ClaimFilter f, ExportWriter out) {
        out.table("reparations", List.of(column("pseudonym", "#beneficiary+code"), column("harm_classes", "#meta+harm+code"),
                column("programme", "#meta+programme+code"), column("measures", "#meta+measures+code"),
                column("amount_xof", "#value+xof"), column("status", "#status+claim+code"), column("status_on", "#date+status"),
                column("submitted_on", "#date+submitted")));
        for (int offset = 0; ; offset += PAGE) {
            List<Claim> page = registries.reparations().find(f.page(offset));
            for (Claim c : page) {
                out.row(java.util.Arrays.asList(c.pseudonym(), codes(c.harmClasses()), c.programme() == null ? null : c.programme().code(),
                        codes(c.measures()), c.amountXof(), c.status().code(), c.statusOn(), c.submittedOn()));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static Long number(Integer n) {
        return n == null ? null : Long.valueOf(n);
    }

    private static String codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining("; "));
    }

    private ExportColumn column(String key, String hashtag) {
        return new ExportColumn(key, t.apply("reports.export.column." + key), hashtag);
    }
}
