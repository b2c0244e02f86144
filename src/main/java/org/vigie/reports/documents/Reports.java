package org.vigie.reports.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.GraveViolation;
import org.vigie.observatory.vocabulary.Label;
import org.vigie.reports.charts.BarChart.Orientation;
import org.vigie.reports.charts.BarChart;
import org.vigie.reports.documents.CouncilReport.Exhibit;
import org.vigie.reports.documents.CouncilReport.KeyFigure;
import org.vigie.reports.documents.CouncilReport.Part;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.PeriodScope;
import org.vigie.reports.statistics.Statistics;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.reports.statistics.StatisticsStore;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The Council report (docs/reports.md): its figures computed from the data when it is generated, the
 * narratives analysts write per section and language, and its PDF and DOCX. Administrators and analysts
 * write narratives and generate; every change and every generation is audited.
 */
public final class Reports {
    /** The annex lists at most this many recommendations and says how many there are. */
    public static final int ANNEX_LIMIT = 500;
    static final int MAX_NARRATIVE = 20_000;
    private final Jdbi jdbi;
    private final AuditStore audit;
    private final Statistics statistics;
    private final Gazetteer gazetteer;
    private final Messages messages;
    private final Clock clock;
    private final ReportStore store;

    /** {@code state}: the State whose recommendations reports count (ISO 3166 alpha-2), every State's when null. */
    public Reports(Jdbi jdbi, AuditStore audit, Statistics statistics, Gazetteer gazetteer, Messages messages, Clock clock,
                   String state) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.statistics = statistics;
        this.gazetteer = gazetteer;
        this.messages = messages;
        this.clock = clock;
        this.store = new ReportStore(jdbi, state);
    }

    /** The narratives of the request's scope in its language. */
    public Map<ReportSection, String> narratives(ReportRequest r) {
        return store.narratives(r.scopeKey(), r.lang());
    }

    /**
     * For each section of the request without a narrative, the nearest narratives of that section written for
     * other periods, regions or themes, to reuse rather than leave it empty.
     */
    public Map<ReportSection, java.util.List<NearbyNarrative>> nearbyNarratives(ReportRequest r) {
        Map<ReportSection, String> own = narratives(r);
        Map<ReportSection, java.util.List<NearbyNarrative>> out = new java.util.EnumMap<>(ReportSection.class);
        for (ReportSection s : ReportSection.values()) {
            if (!own.containsKey(s)) {
                java.util.List<NearbyNarrative> nearby = NearbyNarrative.nearest(r, store.narrativesOf(s, r.lang()));
                if (!nearby.isEmpty()) {
                    out.put(s, nearby);
                }
            }
        }
        return out;
    }

    /** Saves the narrative of one section (an empty text removes it), audited in the same transaction. */
    public void saveNarrative(Principal actor, String ip, ReportRequest r, ReportSection section, String text) {
        requireAuthor(actor);
        String clean = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (clean.length() > MAX_NARRATIVE) {
            throw new InvalidInput("text", "error.too_long", MAX_NARRATIVE);
        }
        jdbi.useTransaction(h -> {
            if (store.saveNarrative(h, r.scopeKey(), section, r.lang(), clean, actor.username())) {
                audit.record(h, AuditEvent.of(actor.username(), "report.narrative_saved", "report:" + r.scopeKey(), ip)
                        .with("section", section.code()).with("lang", r.lang().code()).with("chars", Integer.toString(clean.length())));
            }
        });
    }

    /** The report as a PDF, its generation audited. */
    public byte[] pdf(String actor, String ip, ReportRequest r) {
        byte[] out = new ReportPdf(new ReportText(messages, r.lang())).write(build(r));
        generated(actor, ip, r, "pdf");
        return out;
    }

    /** The report as a Word document, its generation audited. */
    public byte[] docx(String actor, String ip, ReportRequest r) {
        byte[] out = new ReportDocx(new ReportText(messages, r.lang())).write(build(r));
        generated(actor, ip, r, "docx");
        return out;
    }

    public static void requireAuthor(Principal p) {
        if (p.role() != Role.ADMINISTRATOR && p.role() != Role.ANALYST) {
            throw new Forbidden(p.username() + " may not write or generate reports");
        }
    }

    /** Every figure, chart and narrative of the report, computed now. */
    public CouncilReport build(ReportRequest r) {
        String place = r.region() == null ? null : gazetteer.find(r.region()).map(AdminUnit::name)
                .orElseThrow(() -> new InvalidInput("region", "reports.report.region_only", r.region().value()));
        ReportText text = new ReportText(messages, r.lang());
        ReportCharts charts = new ReportCharts(text);
        PeriodScope s = r.scope();
        Map<ReportSection, String> narratives = narratives(r);
        PeriodScope everyStatus = new PeriodScope(r.from(), r.to(), r.region(), EnumSet.allOf(VerificationStatus.class));
        Figure statuses = statistics.figure(Unit.INCIDENTS, Dimension.STATUS, everyStatus);

        Figure byPlace = statistics.figure(Unit.INCIDENTS, r.region() == null ? Dimension.REGION : Dimension.CERCLE, s);
        Figure actTypes = statistics.figure(Unit.INCIDENTS, Dimension.ACT_TYPE, s);
        Figure victimsBySex = statistics.figure(Unit.VICTIMS, Dimension.SEX, s);
        Figure victimsByAge = statistics.figure(Unit.VICTIMS, Dimension.AGE_GROUP, s);
        Figure perpetrators = statistics.figure(Unit.VICTIMS, Dimension.PERPETRATOR, s);
        List<Figure> children = statistics.children(s);
        Figure humanitarian = humanitarian(children.get(1), s);
        List<Figure> schools = statistics.schools(s);
        List<Figure> registries = statistics.registries();
        List<Figure> recommendations = recommendations(r.theme());

        Map<ReportSection, List<Exhibit>> exhibits = new LinkedHashMap<>();
        exhibits.put(ReportSection.INTRODUCTION, List.of());
        exhibits.put(ReportSection.VIOLATIONS, List.of(new Exhibit(byPlace, charts.map(byPlace, r.region())),
                new Exhibit(actTypes, charts.bars(actTypes, Orientation.HORIZONTAL)), new Exhibit(perpetrators, null),
                new Exhibit(victimsBySex, null), new Exhibit(victimsByAge, null)));
        exhibits.put(ReportSection.CHILDREN, List.of(new Exhibit(children.get(0), charts.bars(children.get(0), Orientation.HORIZONTAL)),
                new Exhibit(children.get(1), null)));
        exhibits.put(ReportSection.SCHOOLS, List.of(new Exhibit(schools.get(0), charts.line(schools.get(0))), new Exhibit(schools.get(2), null)));
        exhibits.put(ReportSection.ACCOUNTABILITY, List.of(new Exhibit(registries.get(0), charts.bars(registries.get(0), Orientation.HORIZONTAL))));
        exhibits.put(ReportSection.REPARATIONS, List.of(new Exhibit(registries.get(1), charts.bars(registries.get(1), Orientation.HORIZONTAL))));
        exhibits.put(ReportSection.HUMANITARIAN_ACCESS, List.of(new Exhibit(humanitarian, null)));
        List<Exhibit> followUp = new ArrayList<>();
        followUp.add(new Exhibit(recommendations.get(0), charts.bars(recommendations.get(0), Orientation.HORIZONTAL)));
        recommendations.stream().skip(1).forEach(f -> followUp.add(new Exhibit(f, null)));
        exhibits.put(ReportSection.RECOMMENDATIONS, followUp);

        List<Part> parts = exhibits.entrySet().stream().map(e -> new Part(e.getKey(), narratives.get(e.getKey()), e.getValue())).toList();
        long childVictims = children.get(0).rows().stream().mapToLong(Figure.Row::count).sum();
        long implemented = recommendations.get(0).rows().stream().filter(x -> x.code().equals("implemented")).mapToLong(Figure.Row::count).sum();
        // Closures are counted once verified; the registry may hold more, which a reader must not take for an error.
        KeyFigure closed = new KeyFigure("reports.report.key.schools", schools.get(0).total());
        long recorded = statistics.schools(everyStatus).get(0).total();
        if (recorded > closed.value()) {
            closed = closed.noted("reports.report.key.schools_note", recorded);
        }
        List<KeyFigure> summary = List.of(new KeyFigure("reports.report.key.incidents", byPlace.total()),
                new KeyFigure("reports.report.key.victims", victimsBySex.total()),
                new KeyFigure("reports.report.key.child_victims", childVictims),
                closed,
                national(r, new KeyFigure("reports.report.key.proceedings", registries.get(0).total())),
                national(r, new KeyFigure("reports.report.key.claims", registries.get(1).total())),
                national(r, new KeyFigure("reports.report.key.recommendations", recommendations.get(0).total())),
                national(r, new KeyFigure("reports.report.key.implemented", implemented)));
        return new CouncilReport(r, place, clock.instant(), statuses, summary, parts,
                store.annex(r.theme(), r.lang(), ANNEX_LIMIT), recommendations.get(0).total(), audit.latestCheckpoint().orElse(null));
    }

    /**
     * A figure of the whole country (registries, recommendations: neither is tied to a region) in a regional report,
     * said so beside it.
     */
    private static KeyFigure national(ReportRequest r, KeyFigure f) {
        return r.region() == null ? f : f.noted("reports.report.key.national_note");
    }

    /** Denial of humanitarian access: incidents, as the children's figure counts them. */
    private static Figure humanitarian(Figure graveIncidents, PeriodScope s) {
        String code = GraveViolation.DENIAL_OF_HUMANITARIAN_ACCESS.name().toLowerCase(java.util.Locale.ROOT);
        return Figure.additive("humanitarian.access_denied", Unit.INCIDENTS, s,
                graveIncidents.rows().stream().filter(row -> row.code().equals(code)).toList());
    }

    /** Recommendations by status, mechanism (of one theme when given) and, for all themes, by theme and institution. */
    private List<Figure> recommendations(String theme) {
        if (theme == null) {
            return statistics.recommendations();
        }
        return List.of(Figure.additive("recommendations.by_status", Unit.RECOMMENDATIONS, null,
                        rows(store.recommendationsBy("status", theme), c -> message("tracker.status.", c))),
                Figure.additive("recommendations.by_mechanism", Unit.RECOMMENDATIONS, null,
                        rows(store.recommendationsBy("mechanism", theme), c -> message("tracker.mechanism.", c))));
    }

    private Label message(String prefix, String code) {
        return messages.has(Lang.EN, prefix + code) ? new Label(messages.get(Lang.EN, prefix + code), messages.get(Lang.FR, prefix + code))
                : new Label(code, code);
    }

    private static List<Figure.Row> rows(Map<String, Long> counts, Function<String, Label> label) {
        return counts.entrySet().stream().map(e -> new Figure.Row(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private void generated(String actor, String ip, ReportRequest r, String format) {
        audit.record(AuditEvent.of(actor, "report.generated", "report:" + r.scopeKey(), ip).with("format", format)
                .with("lang", r.lang().code()));
    }
}
