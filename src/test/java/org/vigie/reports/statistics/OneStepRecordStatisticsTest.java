package org.vigie.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.i18n.Messages;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.incidents.PerpetratorDraft;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.reports.statistics.Figure.Unit;
import org.vigie.reports.statistics.StatisticsStore.Dimension;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Incidents recorded with their victims in one step are counted at once, the statistics summary agreeing with the incidents. */
class OneStepRecordStatisticsTest {
    static final String EXECUTION = "01010101000004";
    @TempDir
    static Path dir;
    static App app;
    static Statistics summarised;
    static Statistics direct;
    static Principal monitor;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        monitor = TestApp.account(app, "stat-monitor", Role.MONITOR).principal();
        Messages messages = new Messages();
        summarised = new Statistics(app.database().jdbi(), app.observatory().gazetteer(), app.observatory().vocabulary(), messages, true);
        direct = new Statistics(app.database().jdbi(), app.observatory().gazetteer(), app.observatory().vocabulary(), messages, false);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static IncidentDraft draft(LocalDate day, String pcode) {
        return new IncidentDraft(IncidentDate.on(day), PCode.of(pcode), null, null, null, "Attaque " + day, "Des hommes armés.", null,
                List.of(new ActDraft(EXECUTION, 1, List.of(new PerpetratorDraft(PerpetratorCategory.ARMED_GROUPS, null,
                        Observatory.DEFAULT_INVOLVEMENT)))),
                List.of(new SourceDraft(Observatory.DEFAULT_SOURCE_KIND, "Témoin", day, Observatory.DEFAULT_RELIABILITY)), Origin.FORM, null);
    }

    static VictimDraft victim(Sex sex, AgeGroup group) {
        return new VictimDraft(sex, null, group, Set.of(), List.of(0), null, null);
    }

    static List<PeriodScope> scopes() {
        Set<VerificationStatus> all = EnumSet.allOf(VerificationStatus.class);
        return List.of(new PeriodScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, all),
                new PeriodScope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), PCode.of("ML05"), all));
    }

    @Test
    void the_summary_counts_incidents_acts_and_victims_recorded_in_one_step_as_the_incidents_do() {
        PeriodScope year = scopes().get(0);
        Figure before = summarised.figure(Unit.VICTIMS, Dimension.SEX, year);
        app.incidentRecorder().record(draft(LocalDate.of(2025, 3, 14), "ML050218"),
                List.of(victim(Sex.FEMALE, AgeGroup.ADULT_18_59), victim(Sex.MALE, AgeGroup.CHILD_12_17)), monitor, "");
        app.incidentRecorder().record(draft(LocalDate.of(2025, 7, 2), "ML0101"), List.of(victim(Sex.FEMALE, AgeGroup.OLDER_60_PLUS)),
                monitor, "");
        Figure after = summarised.figure(Unit.VICTIMS, Dimension.SEX, year);
        assertThat(after).isNotEqualTo(before);
        for (PeriodScope s : scopes()) {
            for (Unit u : List.of(Unit.INCIDENTS, Unit.ACTS, Unit.VICTIMS)) {
                for (Dimension d : Dimension.values()) {
                    if (StatisticsSummaryStore.covers(u, d, s)) {
                        assertThat(summarised.figure(u, d, s)).as(u + " by " + d + " over " + s).isEqualTo(direct.figure(u, d, s));
                    }
                }
            }
        }
    }
}
