package org.vigie.reports.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.vigie.i18n.Messages;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.vocabulary.ExtensionTerm;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.GraveViolation;
import org.vigie.observatory.vocabulary.Label;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.reports.statistics.Figure.Row;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.StatisticsStore.Dimension;

/**
 * The statistics of the observatory, the registries and the tracker, each a {@link Figure} that says what it
 * counts. Counting rules (docs/reports.md): an incident belongs to a period when its first day does; acts and
 * victims belong to their incident's period, place and status; victims are those recorded one by one plus
 * those an act counts without recording them; the six grave violations follow the UN's rule.
 */
public final class Statistics {
    private static final List<String> CHILD_AGE_GROUPS = Arrays.stream(AgeGroup.values()).filter(AgeGroup::isChild)
            .map(g -> g.name().toLowerCase(Locale.ROOT)).toList();
    private final StatisticsStore store;
    private final Vocabulary vocabulary;
    private final FigureLabels labels;
    private final Gazetteer gazetteer;

    /** Counts the recommendations of every State. */
    public Statistics(Jdbi jdbi, Gazetteer gazetteer, Vocabulary vocabulary, Messages messages) {
        this(jdbi, jdbi, gazetteer, vocabulary, messages, true, null);
    }

    /**
     * Counts only the recommendations of {@code state} (ISO 3166 alpha-2, the State Vigie follows), with those whose
     * list told no State; every State's when null.
     */
    public Statistics(Jdbi jdbi, Gazetteer gazetteer, Vocabulary vocabulary, Messages messages, String state) {
        this(jdbi, jdbi, gazetteer, vocabulary, messages, true, state);
    }

    /**
     * As above, counting through {@code reads} (the database's {@code reads()}, a streaming replica when there is
     * one, issue 18); the summary's refresh, which writes, goes through {@code jdbi}.
     */
    public Statistics(Jdbi jdbi, Jdbi reads, Gazetteer gazetteer, Vocabulary vocabulary, Messages messages, String state) {
        this(jdbi, reads, gazetteer, vocabulary, messages, true, state);
    }

    /** {@code withSummary} false counts from the incidents every time: the reference the summary is tested against. */
    Statistics(Jdbi jdbi, Gazetteer gazetteer, Vocabulary vocabulary, Messages messages, boolean withSummary) {
        this(jdbi, jdbi, gazetteer, vocabulary, messages, withSummary, null);
    }

    private Statistics(Jdbi jdbi, Jdbi reads, Gazetteer gazetteer, Vocabulary vocabulary, Messages messages, boolean withSummary,
                       String state) {
        this.store = new StatisticsStore(jdbi, reads, withSummary, state);
        this.vocabulary = vocabulary;
        this.labels = new FigureLabels(gazetteer, vocabulary, messages);
        this.gazetteer = gazetteer;
    }

    /**
     * The figure with every category of its dimension listed, those with no count as zero rows (every region
     * of the gazetteer, every sex, every age group, and "unknown"): published lists show a zero as "&lt;5"
     * like any small count, so a "&lt;5" says nothing about whether anyone is counted.
     */
    public Figure complete(Figure f, Dimension d) {
        List<String> all = switch (d) {
            // Every incident has a region (adm1_pcode is NOT NULL): an "unknown" row would be a zero listed forever.
            case REGION -> gazetteer.regions().stream().map(u -> u.pcode().value()).toList();
            // Incidents placed only in their region make an "unknown" row, listed when there are some.
            case CERCLE -> gazetteer.units(org.vigie.observatory.places.AdminLevel.CERCLE).stream().map(u -> u.pcode().value()).toList();
            case SEX -> Arrays.stream(Sex.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
            case AGE_GROUP -> Arrays.stream(AgeGroup.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
            default -> List.of();
        };
        Map<String, Row> present = new LinkedHashMap<>();
        f.rows().forEach(r -> present.put(r.code(), r));
        List<Row> rows = new ArrayList<>();
        for (String code : all) {
            Row r = present.remove(code);
            Label label = d == Dimension.SEX ? labels.sex(code) : d == Dimension.AGE_GROUP ? labels.ageGroup(code) : labels.place(code);
            rows.add(r != null ? r : new Row(code, label, 0));
        }
        rows.addAll(present.values());
        return new Figure(f.id(), f.unit(), f.scope(), rows, f.total(), f.additive());
    }

    /**
     * Incidents or victims of a year by the month the incident began: figure {@code <unit>.by_month}, one
     * row per month, zeros included, adding up to the year's total.
     */
    public Figure byMonth(Unit unit, PeriodScope year) {
        List<Row> rows = new ArrayList<>();
        for (LocalDate m = year.from().withDayOfMonth(1); !m.isAfter(year.to()); m = m.plusMonths(1)) {
            LocalDate end = m.withDayOfMonth(m.lengthOfMonth());
            PeriodScope month = new PeriodScope(m.isBefore(year.from()) ? year.from() : m, end.isAfter(year.to()) ? year.to() : end,
                    year.place(), year.statuses());
            long n = unit == Unit.INCIDENTS ? store.incidents(month) : unit == Unit.ACTS ? store.acts(month) : store.victims(month);
            String code = m.toString().substring(0, 7);
            rows.add(new Row(code, FigureLabels.same(code), n));
        }
        return Figure.additive(unit.code() + ".by_month", unit, year, rows);
    }

    /** Incidents, acts and victims by region, cercle, act type, perpetrator category and status; victims by sex and age group. */
    public List<Figure> observatory(PeriodScope s) {
        List<Figure> out = new ArrayList<>();
        for (Dimension d : List.of(Dimension.REGION, Dimension.CERCLE, Dimension.ACT_TYPE, Dimension.PERPETRATOR, Dimension.STATUS)) {
            out.add(figure(Unit.INCIDENTS, d, s));
            out.add(figure(Unit.ACTS, d, s));
            out.add(figure(Unit.VICTIMS, d, s));
        }
        out.add(figure(Unit.VICTIMS, Dimension.SEX, s));
        out.add(figure(Unit.VICTIMS, Dimension.AGE_GROUP, s));
        return out;
    }

    /** Incidents, acts or victims by one dimension: figure {@code <unit>.by_<dimension>}. */
    public Figure figure(Unit unit, Dimension d, PeriodScope s) {
        Map<String, Long> counts = switch (unit) {
            case INCIDENTS -> store.incidentsBy(d, s);
            case ACTS -> store.actsBy(d, s);
            case VICTIMS -> store.victimsBy(d, s);
            default -> throw new IllegalArgumentException("not an observatory unit: " + unit);
        };
        Function<String, Label> label = switch (d) {
            case REGION, CERCLE -> labels::place;
            case ACT_TYPE -> labels::actType;
            case PERPETRATOR -> labels::perpetrator;
            case STATUS -> labels::verification;
            case SEX -> labels::sex;
            case AGE_GROUP -> labels::ageGroup;
        };
        String id = unit.code() + ".by_" + d.name().toLowerCase(Locale.ROOT);
        List<Row> rows = rows(counts, label);
        if (d != Dimension.ACT_TYPE && d != Dimension.PERPETRATOR) {
            return Figure.additive(id, unit, s, rows);
        }
        long total = unit == Unit.INCIDENTS ? store.incidents(s) : unit == Unit.ACTS ? store.acts(s) : store.victims(s);
        return new Figure(id, unit, s, rows, total, false);
    }

    /**
     * The six grave violations against children by the UN's rule, from the act types the vocabulary maps to
     * each: child victims (a child age group or the category child) of acts of the mapped Vigie terms or of
     * the HURIDOCS terms they stand beside (with the terms below them: a child killed recorded under
     * "Killings in the context of conflict" is a child killed), plus the victims counted without being recorded by acts of the
     * mapped terms (which are acts against a child by definition); incidents for attacks on schools and
     * hospitals and for denial of humanitarian access.
     */
    public List<GraveViolationCount> graveViolations(PeriodScope s) {
        List<GraveViolationCount> out = new ArrayList<>();
        for (GraveViolation v : GraveViolation.values()) {
            List<ExtensionTerm> terms = vocabulary.countingAs(v);
            List<String> mapped = terms.stream().map(ExtensionTerm::code).toList();
            Unit unit = GraveViolationCount.unitOf(v);
            long count;
            if (unit == Unit.VICTIMS) {
                Set<String> types = new LinkedHashSet<>(mapped);
                terms.forEach(t -> t.relatedHuridocs().forEach(code -> withDescendants(code, types)));
                count = store.childVictims(List.copyOf(types), mapped, CHILD_AGE_GROUPS, s);
            } else {
                count = store.incidentsWithActs(mapped, s);
            }
            out.add(new GraveViolationCount(v, unit, count));
        }
        return out;
    }

    /** The grave violations as two figures: those counted in child victims, those counted in incidents. */
    public List<Figure> children(PeriodScope s) {
        List<GraveViolationCount> counts = graveViolations(s);
        return List.of(graveFigure("children.grave_violations_victims", Unit.VICTIMS, s, counts),
                graveFigure("children.grave_violations_incidents", Unit.INCIDENTS, s, counts));
    }

    /** Closed schools: closures open at the end of each month and begun in it, and open at the period's end by region. */
    public List<Figure> schools(PeriodScope s) {
        List<StatisticsStore.Month> months = store.closuresByMonth(s);
        List<Row> open = months.stream().map(m -> new Row(m.month().toString().substring(0, 7),
                FigureLabels.same(m.month().toString().substring(0, 7)), m.open())).toList();
        List<Row> opened = months.stream().map(m -> new Row(m.month().toString().substring(0, 7),
                FigureLabels.same(m.month().toString().substring(0, 7)), m.opened())).toList();
        long openAtEnd = months.isEmpty() ? 0 : months.get(months.size() - 1).open();
        return List.of(new Figure("schools.open_by_month", Unit.SCHOOL_CLOSURES, s, open, openAtEnd, false),
                Figure.additive("schools.new_by_month", Unit.SCHOOL_CLOSURES, s, opened),
                schoolsByRegion(s));
    }

    /** Closures still open at the end of the period, by region. */
    public Figure schoolsByRegion(PeriodScope s) {
        return Figure.additive("schools.open_by_region", Unit.SCHOOL_CLOSURES, s, rows(store.openClosuresByRegion(s), labels::place));
    }

    /** Proceedings by their current stage and reparation claims by their current status, as they stand now. */
    public List<Figure> registries() {
        return List.of(Figure.additive("proceedings.by_stage", Unit.PROCEEDINGS, null, rows(store.proceedingsByStage(), labels::stage)),
                Figure.additive("reparations.by_status", Unit.REPARATION_CLAIMS, null, rows(store.claimsByStatus(), labels::claimStatus)));
    }

    /**
     * Recommendations as they stand now: by status (a status changes only when an institution's validator
     * validates a progress report, so every status counted is a validated one), mechanism, theme and
     * institution they are assigned to.
     */
    public List<Figure> recommendations() {
        long total = store.recommendations();
        List<Row> institutions = store.assignmentsByInstitution();
        return List.of(
                Figure.additive("recommendations.by_status", Unit.RECOMMENDATIONS, null,
                        rows(store.recommendationsByStatus(), c -> labels.message("tracker.status.", c))),
                Figure.additive("recommendations.by_mechanism", Unit.RECOMMENDATIONS, null,
                        rows(store.recommendationsByMechanism(), c -> labels.message("tracker.mechanism.", c))),
                new Figure("recommendations.by_theme", Unit.RECOMMENDATIONS, null,
                        rows(store.recommendationsByTheme(), FigureLabels::same), total, false),
                new Figure("recommendations.by_institution", Unit.ASSIGNMENTS, null, institutions,
                        institutions.stream().mapToLong(Row::count).sum(), true));
    }

    /** Every figure for an analyst: observatory, children, schools over the scope; registries and recommendations now. */
    public List<Figure> all(PeriodScope s) {
        List<Figure> out = new ArrayList<>(observatory(s));
        out.addAll(children(s));
        out.addAll(schools(s));
        out.addAll(registries());
        out.addAll(recommendations());
        return out;
    }

    private void withDescendants(String code, Set<String> into) {
        if (into.add(code)) {
            vocabulary.children(code).forEach(child -> withDescendants(child.code(), into));
        }
    }

    private static Figure graveFigure(String id, Unit unit, PeriodScope s, List<GraveViolationCount> counts) {
        List<Row> rows = counts.stream().filter(c -> c.unit() == unit)
                .map(c -> new Row(c.violation().name().toLowerCase(Locale.ROOT), c.violation().label(), c.count())).toList();
        return new Figure(id, unit, s, rows, null, false);
    }

    private static List<Row> rows(Map<String, Long> counts, Function<String, Label> label) {
        return counts.entrySet().stream().map(e -> new Row(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }
}
