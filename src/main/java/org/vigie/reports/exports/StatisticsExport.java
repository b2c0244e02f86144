package org.vigie.reports.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.Figure;

/**
 * Statistics as export tables: each {@link Figure} a table whose columns say with HXL hashtags what its rows
 * are ({@code #adm1+code}, {@code #event+type+code}, ...) and what it counts ({@code #event+num},
 * {@code #affected+num}, {@code #affected+children+num}, ...), with the period and the verification statuses
 * on every row; or, for a single CSV file, every figure one under the other in generic columns
 * ({@code #indicator+code}, {@code #meta+code}, {@code #indicator+num}).
 */
final class StatisticsExport {
    private final Function<String, String> t;
    private final Locale locale;

    /** {@code t} gives a message in the caller's language, {@code locale} the labels' language. */
    StatisticsExport(Function<String, String> t, Locale locale) {
        this.t = t;
        this.locale = locale;
    }

    /** One table per figure (XLSX sheets, JSON tables). */
    void eachFigure(List<Figure> figures, ExportWriter out) {
        for (Figure f : figures) {
            String dimension = dimensionTag(f.id());
            out.table(f.id(), List.of(column("figure", "#indicator+code"), column("code", dimension.startsWith("#date") ? dimension : dimension + "+code"),
                    column("label", dimension + "+name"), countColumn(f), column("from", "#date+start"),
                    column("to", "#date+end"), column("statuses", "#meta+statuses")));
            for (Figure.Row r : f.rows()) {
                out.row(values(f, List.of(r.code(), r.label().in(locale), r.count())));
            }
        }
    }

    /** Every figure in one table (a CSV file holds one). */
    void stacked(List<Figure> figures, ExportWriter out) {
        out.table("statistics", List.of(column("figure", "#indicator+code"), column("title", "#indicator+name"),
                column("unit", "#meta+unit"), column("code", "#meta+code"), column("label", "#meta+label"),
                column("count", "#indicator+num"), column("from", "#date+start"), column("to", "#date+end"),
                column("statuses", "#meta+statuses")));
        for (Figure f : figures) {
            for (Figure.Row r : f.rows()) {
                List<Object> v = new ArrayList<>(List.of(f.id(), title(f), f.unit().code(), r.code(), r.label().in(locale), r.count()));
                out.row(withScope(f, v));
            }
        }
    }

    /** The figure's title; a victim figure's says which victims it counts. */
    private String title(Figure f) {
        return f.ofVictims() ? t.apply(f.titleKey()) + " (" + t.apply("reports.export.column.count_victims") + ")" : t.apply(f.titleKey());
    }

    private List<Object> values(Figure f, List<Object> row) {
        List<Object> v = new ArrayList<>();
        v.add(f.id());
        v.addAll(row);
        return withScope(f, v);
    }

    private List<Object> withScope(Figure f, List<Object> v) {
        if (f.atGeneration()) {
            v.add(null);
            v.add(null);
            v.add(null);
        } else {
            v.add(f.scope().from());
            v.add(f.scope().to());
            // Read by people under "Statuts de vérification comptés": the statuses' labels, in the export's language.
            v.add(String.join(", ", java.util.EnumSet.copyOf(f.scope().statuses()).stream().map(st -> st.label().in(locale)).toList()));
        }
        return v.stream().map(StatisticsExport::exportable).toList();
    }

    private static Object exportable(Object value) {
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    /** The count's column; a victim figure's header says which victims it counts, under the same key. */
    private ExportColumn countColumn(Figure f) {
        return f.ofVictims() ? new ExportColumn("count", t.apply("reports.export.column.count_victims"), countTag(f)) : column("count", countTag(f));
    }

    private ExportColumn column(String key, String hashtag) {
        return new ExportColumn(key, t.apply("reports.export.column." + key), hashtag);
    }

    /** The hashtag of what a figure's rows are, from the dimension its id names ({@code incidents.by_region}). */
    static String dimensionTag(String figureId) {
        String by = figureId.substring(figureId.indexOf('.') + 1);
        if (figureId.startsWith("children.")) {
            return "#meta+violation";
        }
        return switch (by) {
            case "by_region", "open_by_region" -> "#adm1";
            case "by_cercle" -> "#adm2";
            case "by_act_type" -> "#event+type";
            case "by_perpetrator" -> "#group+perpetrator";
            case "by_status" -> figureId.startsWith("reparations.") ? "#status+claim"
                    : figureId.startsWith("recommendations.") ? "#status+recommendation" : "#status+verification";
            case "by_stage" -> "#status+stage";
            case "by_sex" -> "#meta+sex";
            case "by_age_group" -> "#meta+age_group";
            case "open_by_month", "new_by_month" -> "#date+month";
            case "by_mechanism" -> "#meta+mechanism";
            case "by_theme" -> "#meta+theme";
            case "by_institution" -> "#org";
            default -> "#meta";
        };
    }

    /** The hashtag of what a figure counts. */
    static String countTag(Figure f) {
        if (f.id().equals("children.grave_violations_victims")) {
            return "#affected+children+num";
        }
        Unit u = f.unit();
        return switch (u) {
            case INCIDENTS -> "#event+num";
            case ACTS -> "#event+acts+num";
            case VICTIMS -> "#affected+num";
            case SCHOOL_CLOSURES -> "#indicator+closures+num";
            case PROCEEDINGS -> "#indicator+proceedings+num";
            case REPARATION_CLAIMS -> "#indicator+claims+num";
            case RECOMMENDATIONS -> "#indicator+recommendations+num";
            case ASSIGNMENTS -> "#indicator+assignments+num";
        };
    }
}
