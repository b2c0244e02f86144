package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.search.SearchHit;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * A monitor's own restricted incidents: in their list, its count, the map and search; never in another monitor's,
 * nor an observer's. Counts are read both from the counts kept per place (no filter) and by counting (a period).
 */
class IncidentMonitorViewTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static Observatory observatory;
    static Principal monitorA, monitorB, observer;
    static long open, mine, others;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        monitorA = TestApp.account(app, "monitor-a", Role.MONITOR).principal();
        monitorB = TestApp.account(app, "monitor-b", Role.MONITOR).principal();
        observer = TestApp.account(app, "observer", Role.OBSERVER).principal();
        observatory = app.observatory();
        open = observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 1, 5), Drafts.SUMMARY_EXECUTION), "monitor-b", "ip");
        mine = observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 1, 6), Drafts.RAPE), "monitor-a", "ip");
        others = observatory.record(Drafts.draft("ML0101", LocalDate.of(2025, 1, 7), Drafts.RAPE), "monitor-b", "ip");
    }

    private static IncidentFilter unfiltered(Principal viewer) {
        return IncidentFilter.parse(name -> null, viewer);
    }

    private static IncidentFilter ofJanuary(Principal viewer) {
        Map<String, String> params = Map.of("from", "2025-01-01", "to", "2025-01-31");
        return IncidentFilter.parse(params::get, viewer);
    }

    private static List<Long> listed(Principal viewer) {
        return observatory.find(unfiltered(viewer)).stream().map(IncidentSummary::id).toList();
    }

    @Test
    void a_monitors_list_holds_the_restricted_incidents_they_recorded_and_no_other() {
        assertThat(listed(monitorA)).containsExactlyInAnyOrder(open, mine);
        assertThat(listed(monitorB)).containsExactlyInAnyOrder(open, others);
        assertThat(listed(observer)).containsExactly(open);
    }

    @Test
    void the_count_of_a_monitors_list_holds_their_own_restricted_incidents() {
        assertThat(observatory.count(unfiltered(monitorA))).isEqualTo(2);
        assertThat(observatory.count(ofJanuary(monitorA))).isEqualTo(2);
        assertThat(observatory.count(unfiltered(observer))).isEqualTo(1);
        assertThat(observatory.count(ofJanuary(observer))).isEqualTo(1);
    }

    @Test
    void a_monitors_map_counts_their_own_restricted_incidents_and_no_other() {
        assertThat(observatory.countsByPlace(unfiltered(monitorA), false)).containsExactly(new PlaceCount(PCode.of("ML05"), "Mopti", 2));
        assertThat(observatory.countsByPlace(ofJanuary(monitorA), false)).containsExactly(new PlaceCount(PCode.of("ML05"), "Mopti", 2));
        assertThat(observatory.countsByPlace(unfiltered(monitorB), true)).extracting(PlaceCount::place)
                .containsExactlyInAnyOrder(PCode.of("ML0502"), PCode.of("ML0101"));
        assertThat(observatory.countsByPlace(unfiltered(observer), false)).containsExactly(new PlaceCount(PCode.of("ML05"), "Mopti", 1));
        assertThat(observatory.countsByPlace(ofJanuary(observer), true)).containsExactly(new PlaceCount(PCode.of("ML0502"), "Bandiagara", 1));
    }

    @Test
    void a_monitor_finds_their_own_restricted_incident_by_search_and_no_other() {
        assertThat(found(monitorA)).containsExactlyInAnyOrder(Long.toString(open), Long.toString(mine));
        assertThat(found(monitorB)).containsExactlyInAnyOrder(Long.toString(open), Long.toString(others));
        // "marché" is a word of the titles, free text that observers do not search (FreeTextDisclosureTest).
        assertThat(found(observer)).isEmpty();
    }

    @Test
    void the_list_page_shows_a_monitor_their_own_restricted_incident_and_not_another_monitors() {
        WebClient a = new WebClient(TestApp.base(app));
        a.login("monitor-a", TestApp.PASSWORD);
        String page = a.get("/incidents").body();
        assertThat(page).contains("/incidents/" + mine + "\"").doesNotContain("/incidents/" + others + "\"");
    }

    private static List<String> found(Principal viewer) {
        return app.search().search(SearchQuery.of("marché").ofKind("incident"), viewer).hits().stream().map(SearchHit::id).toList();
    }
}
