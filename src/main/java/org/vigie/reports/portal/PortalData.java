package org.vigie.reports.portal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.reports.portal.Snapshot.Cell;
import org.vigie.reports.portal.Snapshot.PublicRecommendation;
import org.vigie.reports.portal.Snapshot.Table;

/**
 * The portal's downloads: each published table as CSV, and as HXL (the same CSV with a row of hashtags under
 * the header, HXL 1.1), and the recommendations likewise. A CSV holds exactly what the pages show: a hidden
 * count is empty in the count column and its mark ({@code <5}, {@code x}) is in the {@code suppression} column.
 *
 * <p>Hashtags: the year {@code #date+year}; rows by region {@code #adm1+code}, {@code #adm1+name+i_fr},
 * {@code #adm1+name+i_en}; by month {@code #date+month}; other rows {@code #indicator+code} and names; the
 * count by unit: incidents {@code #event+num}, acts {@code #event+acts+num}, victims {@code #affected}, with
 * the row's attribute where HXL has one ({@code #affected+f}, {@code #affected+m}, {@code #affected+children},
 * {@code #affected+adults}, {@code #affected+elderly}), closed schools {@code #indicator+schools_closed+num},
 * recommendations {@code #indicator+recommendations+num}; the mark {@code #meta+suppression}.
 */
final class PortalData {
    private PortalData() {
    }

    /** The CSV of a table of {@code year} (0 for a table of the registers as they stand). */
    static byte[] csv(Table t, int year, boolean hxl) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("year", "table", "code", "label_fr", "label_en", "count", "suppression"));
        if (hxl) {
            rows.add(List.of("#date+year", "#meta+table", codeTag(t.dimension()), nameTag(t.dimension()) + "+i_fr",
                    nameTag(t.dimension()) + "+i_en", valueTag(t), "#meta+suppression"));
        }
        String y = year == 0 ? "" : Integer.toString(year);
        for (Cell c : t.rows()) {
            rows.add(List.of(y, t.id(), c.code(), c.fr(), c.en(), c.hidden() ? "" : Long.toString(c.count()), c.mark()));
        }
        if (t.total() != null) {
            Cell c = t.total();
            rows.add(List.of(y, t.id(), "total", "Total", "Total", c.hidden() ? "" : Long.toString(c.count()), c.mark()));
        }
        return write(rows);
    }

    /**
     * Victims of a year by sex and by age group in one row, as HXL readers expect them: one column per group
     * ({@code #affected+f}, {@code #affected+children+age5_11}), each holding the count or its mark.
     */
    static byte[] victimsWide(List<Table> tables, int year, boolean hxl) {
        List<String> header = new ArrayList<>(List.of("year"));
        List<String> tags = new ArrayList<>(List.of("#date+year"));
        List<String> values = new ArrayList<>(List.of(Integer.toString(year)));
        for (Table t : tables) {
            for (Cell c : t.rows()) {
                header.add(t.dimension() + "_" + c.code());
                String attribute = attribute(c.code());
                String age = c.code().matches("[a-z]+_\\d+_\\d+") ? "+age" + c.code().replaceAll("^[a-z]+_", "")
                        : c.code().matches("[a-z]+_\\d+_plus") ? "+age" + c.code().replaceAll("^[a-z]+_(\\d+)_plus", "$1") + "plus" : "";
                tags.add("#affected" + (attribute.isEmpty() ? "+" + t.dimension() + "_" + c.code() : attribute) + age);
                values.add(c.text());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        if (hxl) {
            rows.add(tags);
        }
        rows.add(values);
        return write(rows);
    }

    /** The recommendations and commitments, one row each. */
    static byte[] recommendations(List<PublicRecommendation> list, boolean hxl) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("reference", "mechanism", "cycle", "document", "paragraph", "recommending_states", "position", "themes",
                "institutions", "status", "language", "text"));
        if (hxl) {
            rows.add(List.of("#meta+id", "#org+mechanism+code", "#meta+cycle", "#meta+document", "#meta+paragraph",
                    "#country+name+recommending", "#status+position", "#sector+theme", "#org+responsible+code", "#status+code",
                    "#meta+lang", "#description"));
        }
        for (PublicRecommendation r : list) {
            rows.add(List.of(r.reference(), r.mechanism(), r.cycle() == null ? "" : r.cycle().toString(), nz(r.source()),
                    nz(r.paragraph()), String.join("; ", r.states()), r.position(), String.join("; ", r.themes()),
                    String.join("; ", r.institutions().stream().map(Snapshot.Institution::code).toList()), r.status(),
                    r.language(), r.text()));
        }
        return write(rows);
    }

    static String codeTag(String dimension) {
        return switch (dimension) {
            case "region" -> "#adm1+code";
            case "cercle" -> "#adm2+code";
            case "month" -> "#date+month";
            default -> "#indicator+code";
        };
    }

    static String nameTag(String dimension) {
        return switch (dimension) {
            case "region" -> "#adm1+name";
            case "cercle" -> "#adm2+name";
            case "month" -> "#date+month+name";
            default -> "#indicator+name";
        };
    }

    /** The hashtag of a table's counts; victims by sex or age say which people in HXL's attributes where it has them. */
    static String valueTag(Table t) {
        return switch (t.unit()) {
            case "incidents" -> "#event+num";
            case "acts" -> "#event+acts+num";
            case "victims" -> "#affected";
            case "school_closures" -> "#indicator+schools_closed+num";
            case "recommendations" -> "#indicator+recommendations+num";
            case "assignments" -> "#indicator+assignments+num";
            default -> "#indicator+" + t.unit().toLowerCase(Locale.ROOT) + "+num";
        };
    }

    /** The HXL attribute of a row of victims by sex or age ({@code +f}, {@code +children}), or empty. */
    static String attribute(String code) {
        return switch (code) {
            case "female" -> "+f";
            case "male" -> "+m";
            default -> code.startsWith("child") ? "+children" : code.startsWith("adult") ? "+adults"
                    : code.startsWith("older") || code.startsWith("elderly") ? "+elderly" : "";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] write(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                // No comment lines in these files: a hashtag row starts with "#" and is data to HXL, left unquoted.
                .commentCharacter('\u0001').build(out)) {
            for (List<String> row : rows) {
                w.writeRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
