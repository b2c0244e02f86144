package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.Victim;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.reports.documents.CouncilReport;
import org.vigie.reports.documents.ReportRequest;
import org.vigie.reports.documents.ReportText;
import org.vigie.reports.exports.ExportClient;
import org.vigie.reports.portal.PublicStatistics;
import org.vigie.reports.portal.PublicTable;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * Victims' consent in published figures, on a hand-built data set. 2025: one verified incident in Mopti (ML0502)
 * with a killing and eight recorded victims: six with no consent recorded (counted), one whose consent allows
 * documentation only (refused statistics: not counted), one whose consent allows anonymised statistics
 * (counted); published figures count 7 victims, the observatory 8. 2024: one verified incident in Gao (ML0701)
 * with a victim with no consent and one who consented to statistics, then withdraws that consent.
 */
class PublishedConsentTest {
    static final PeriodScope YEAR = PeriodScope.publishedYear(2025);
    /** A period of odd days, which no summary answers: the figures come from the incidents themselves. */
    static final PeriodScope ODD_DAYS = PeriodScope.published(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 30));
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static Principal analyst;
    static long mopti;
    static long gao;
    static Statistics statistics;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        analyst = TestApp.account(app, "consent-analyst", Role.ANALYST).principal();
        long[] acts = new long[2];
        app.database().jdbi().useTransaction(h -> {
            mopti = StatisticsFixture.incident(h, "verified", "2025-03-10", "ML0502");
            acts[0] = StatisticsFixture.act(h, mopti, StatisticsFixture.KILLING, 0, "armed_groups");
            for (int n = 0; n < 6; n++) {
                StatisticsFixture.victim(h, mopti, "male", "adult_18_59", "{civilian}", acts[0]);
            }
            gao = StatisticsFixture.incident(h, "verified", "2024-05-20", "ML0701");
            acts[1] = StatisticsFixture.act(h, gao, StatisticsFixture.KILLING, 0, "armed_groups");
            StatisticsFixture.victim(h, gao, "female", "adult_18_59", "{civilian}", acts[1]);
        });
        record(mopti, ConsentUse.DOCUMENTATION);
        record(mopti, ConsentUse.DOCUMENTATION, ConsentUse.ANONYMISED_STATISTICS);
        statistics = new Statistics(app.database().jdbi(), app.observatory().gazetteer(), app.observatory().vocabulary(), new Messages());
    }

    static Victim record(long incident, ConsentUse... uses) {
        return app.victims().record(incident, new VictimDraft(Sex.FEMALE, 30, null, Set.of(VictimCategory.CIVILIAN), List.of(0), null,
                new Consent(Set.of(uses), LocalDate.of(2025, 3, 15), "victim")), analyst, "");
    }

    @Test
    void a_victim_who_refused_statistics_is_not_counted_in_the_summarised_figures() {
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, YEAR).total()).isEqualTo(7);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.REGION, YEAR).rows()).extracting(Figure.Row::count).containsExactly(7L);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.CERCLE, new PeriodScope(YEAR.from(), YEAR.to(),
                org.vigie.observatory.places.PCode.of("ML05"), PeriodScope.PUBLISHED)).total()).isEqualTo(7);
    }

    @Test
    void a_victim_who_refused_statistics_is_not_counted_in_the_figures_counted_from_the_incidents() {
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, ODD_DAYS).total()).isEqualTo(7);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.ACT_TYPE, YEAR).rows()).extracting(Figure.Row::count).containsExactly(7L);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.PERPETRATOR, YEAR).total()).isEqualTo(7);
    }

    @Test
    void the_observatory_still_counts_every_victim_of_the_incident() {
        assertThat(app.victims().counts(List.of(mopti))).containsEntry(mopti, 8);
    }

    @Test
    void the_public_page_counts_the_victims_who_did_not_refuse() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        PublicTable victimsByRegion = new PublicStatistics(statistics, clock).publication(2025).stream()
                .filter(t -> t.source().id().equals("victims.by_region")).findFirst().orElseThrow();
        assertThat(victimsByRegion.source().id()).isEqualTo("victims.by_region");
        // Seven counted (6 men, 1 woman, 0 of unknown sex): the figure the page publishes counts them; the
        // printed total is hidden, since beside it the woman's "<5" would be narrowed to 0 to 1.
        assertThat(victimsByRegion.source().total()).isEqualTo(7);
        assertThat(victimsByRegion.total(Lang.EN)).isEqualTo("x");
    }

    @Test
    void the_council_report_counts_the_victims_who_did_not_refuse() {
        CouncilReport report = app.reports().build(new ReportRequest(YEAR.from(), YEAR.to(), null, null, Lang.EN));
        assertThat(report.summary()).contains(new CouncilReport.KeyFigure("reports.report.key.victims", 7));
    }

    @Test
    void the_statistics_export_counts_the_victims_who_did_not_refuse() throws Exception {
        ExportClient client = ExportClient.as(app, "consent-exporter", Role.ANALYST);
        List<List<String>> rows = ExportClient.csv(client.get("/statistics/export.csv?from=2025-01-01&to=2025-12-31&figure=victims.by_sex").body());
        // Six men with no consent recorded; of the two women, only the one who consented to statistics.
        assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(1) + "=" + r.get(3)).containsExactly("male=6", "female=1");
    }

    @Test
    void the_public_page_says_which_victims_it_counts_in_french_and_english() {
        for (String[] language : new String[][] {{"fr", "victimes n’ayant pas refusé l’usage statistique"}, {"en", "victims who did not refuse statistical use"}}) {
            HttpResponse<String> r = new WebClient(TestApp.base(app)).get("/public/" + language[0] + "/statistics-2025.html");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains(language[1]);
        }
    }

    @Test
    void the_report_notes_which_victims_a_victim_figure_counts() {
        CouncilReport report = app.reports().build(new ReportRequest(YEAR.from(), YEAR.to(), null, null, Lang.FR));
        Figure victims = statistics.figure(Unit.VICTIMS, Dimension.SEX, YEAR);
        Figure incidents = statistics.figure(Unit.INCIDENTS, Dimension.REGION, YEAR);
        ReportText text = new ReportText(new Messages(), Lang.FR);
        assertThat(text.note(victims, report)).contains("victimes n’ayant pas refusé l’usage statistique");
        assertThat(text.note(incidents, report)).doesNotContain("usage statistique");
    }

    @Test
    void the_export_of_a_victim_figure_names_its_count_by_the_victims_it_counts() throws Exception {
        ExportClient client = ExportClient.as(app, "consent-header", Role.ANALYST);
        List<List<String>> rows = ExportClient.csv(client.get("/statistics/export.csv?from=2025-01-01&to=2025-12-31&figure=victims.by_sex").body());
        assertThat(rows.get(0)).contains("Victimes n’ayant pas refusé l’usage statistique");
    }

    @Test
    void a_consent_to_statistics_withdrawn_later_lowers_the_published_count_but_not_the_observatorys() {
        PeriodScope year2024 = PeriodScope.publishedYear(2024);
        Victim consenting = record(gao, ConsentUse.ANONYMISED_STATISTICS);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, year2024).total()).isEqualTo(2);
        app.victims().changes().changeConsent(gao, consenting.id(), new Consent(Set.of(), LocalDate.of(2025, 6, 1), "victim"), analyst, "");
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, year2024).total()).isEqualTo(1);
        assertThat(statistics.figure(Unit.VICTIMS, Dimension.SEX, PeriodScope.published(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)))
                .total()).isEqualTo(1);
        assertThat(app.victims().counts(List.of(gao))).containsEntry(gao, 2);
    }
}
