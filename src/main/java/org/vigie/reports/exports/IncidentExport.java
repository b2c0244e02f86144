package org.vigie.reports.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.incidents.ExportedIncident;
import org.vigie.observatory.incidents.IncidentDisclosure;
import org.vigie.observatory.incidents.IncidentFilter;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Incidents as an export table with HXL hashtags. What a role's export holds follows what its lists show:
 * restricted incidents only for roles whose lists hold them ({@link Observatory#listsRestrictedFor}), with a
 * column saying which are; free text (title, locality, descriptions, which may name people) and the commune only for
 * roles that see free text ({@link IncidentDisclosure}, whose words filter then searches the reference only). Never a
 * victim's identity or pseudonym: victims are counted.
 */
final class IncidentExport {
    private final Observatory observatory;
    private final Function<String, String> t;
    private final Locale locale;

    IncidentExport(Observatory observatory, Function<String, String> t, Locale locale) {
        this.observatory = observatory;
        this.t = t;
        this.locale = locale;
    }

    static boolean withText(Principal who) {
        return IncidentDisclosure.showsFreeText(who.role());
    }

    /** The filter of the caller's list: restricted incidents left out unless their lists show them. */
    static IncidentFilter filter(Function<String, String> param, Principal who) {
        return IncidentFilter.parse(param, Observatory.listsRestrictedFor(who.role())).forRole(who.role());
    }

    void write(IncidentFilter f, Principal who, ExportWriter out) {
        boolean text = withText(who);
        out.table("incidents", columns(f.withRestricted(), text));
        observatory.forEachExported(f, text, i -> out.row(row(IncidentDisclosure.of(i, who.role()), f.withRestricted(), text)));
    }

    List<ExportColumn> columns(boolean restricted, boolean text) {
        List<ExportColumn> c = new ArrayList<>(List.of(column("reference", "#event+id"), column("date_start", "#date+occurred"),
                column("date_end", "#date+occurred+end"), column("date_precision", "#meta+date_precision"),
                column("pcode", "#loc+code"), column("adm1_code", "#adm1+code"), column("adm1_name", "#adm1+name"),
                column("adm2_code", "#adm2+code"), column("adm2_name", "#adm2+name")));
        if (text) {
            c.addAll(List.of(column("adm3_code", "#adm3+code"), column("adm3_name", "#adm3+name"), column("title", "#event+name")));
        }
        c.addAll(List.of(column("status", "#status+verification"),
                column("act_codes", "#event+type+code"), column("acts", "#event+type+name"),
                column("perpetrator_codes", "#group+perpetrator+code"), column("perpetrators", "#group+perpetrator+name"),
                column("victims", "#affected+total"), column("female", "#affected+f"), column("male", "#affected+m"),
                column("children", "#affected+children")));
        if (restricted) {
            c.add(column("restricted", "#meta+restricted"));
        }
        if (text) {
            c.addAll(List.of(column("locality", "#loc+name"), column("description_fr", "#description+i_fr"),
                    column("description_en", "#description+i_en")));
        }
        return c;
    }

    private List<Object> row(ExportedIncident i, boolean restricted, boolean text) {
        // The precision and the status are read by people under the header's words: their labels, in the export's language.
        List<Object> v = new ArrayList<>(List.of(i.reference(), i.dateStart(), i.dateEnd(),
                DatePrecision.valueOf(i.datePrecision().toUpperCase(Locale.ROOT)).label().in(locale), i.pcode()));
        v.add(i.adm1());
        v.add(place(i.adm1()));
        v.add(i.adm2());
        v.add(place(i.adm2()));
        if (text) {
            v.add(i.adm3());
            v.add(place(i.adm3()));
            v.add(i.title());
        }
        v.add(VerificationStatus.valueOf(i.status().toUpperCase(Locale.ROOT)).label().in(locale));
        v.add(String.join("; ", i.actTypes()));
        v.add(String.join("; ", i.actTypes().stream().map(a -> observatory.label(a, locale)).toList()));
        v.add(String.join("; ", i.perpetrators()));
        v.add(String.join("; ", i.perpetrators().stream().map(this::perpetrator).toList()));
        v.addAll(List.of(i.victims(), i.female(), i.male(), i.children()));
        if (restricted) {
            v.add(i.restricted() ? t.apply("reports.export.yes") : t.apply("reports.export.no"));
        }
        if (text) {
            v.add(i.locality());
            v.add(i.descriptionFr());
            v.add(i.descriptionEn());
        }
        return v;
    }

    private String place(String code) {
        return code == null ? null : observatory.gazetteer().find(new PCode(code)).map(AdminUnit::name).orElse(code);
    }

    private String perpetrator(String code) {
        try {
            return PerpetratorCategory.valueOf(code.toUpperCase(Locale.ROOT)).label().in(locale);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private ExportColumn column(String key, String hashtag) {
        return new ExportColumn(key, t.apply("reports.export.column." + key), hashtag);
    }
}
