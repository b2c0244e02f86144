package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.places.PlaceCount;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.support.TestApp;

/** The incident list: each filter, keyset pages, restricted incidents kept from those who may not see them, counts for the map. */
class IncidentListTest {
    @TempDir
    static Path dir;
    static App app;
    static Observatory observatory;
    static long sangha, bandiagara, mopti, restricted, older;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        observatory = app.observatory();
        sangha = observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 14), Drafts.SUMMARY_EXECUTION), "m", "ip");
        bandiagara = observatory.record(Drafts.withTitle(Drafts.draft(Drafts.BANDIAGARA_COMMUNE, LocalDate.of(2025, 3, 10),
                Drafts.ATTACK_SCHOOL), "École incendiée à Bandiagara"), "m", "ip");
        mopti = observatory.record(Drafts.draft(Drafts.MOPTI_COMMUNE, LocalDate.of(2025, 2, 1), Drafts.DISAPPEARANCE), "m", "ip");
        restricted = observatory.record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 1), Drafts.RAPE), "m", "ip");
        older = observatory.record(Drafts.draft("ML0101", LocalDate.of(2023, 6, 1), Drafts.SUMMARY_EXECUTION), "m", "ip");
        app.verification().examine(IncidentRecordTest.ANALYST, "ip", mopti);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static List<Long> ids(IncidentFilter f) {
        return observatory.find(f).stream().map(IncidentSummary::id).toList();
    }

    private static IncidentFilter all() {
        return IncidentFilter.all(true);
    }

    @Test
    void the_list_is_newest_first() {
        assertThat(ids(all())).containsExactly(sangha, bandiagara, restricted, mopti, older);
    }

    @Test
    void a_place_filter_takes_everything_inside_a_region_cercle_or_commune() {
        assertThat(ids(all().in(PCode.of("ML05")))).containsExactly(sangha, bandiagara, restricted, mopti);
        assertThat(ids(all().in(PCode.of("ML0502")))).containsExactly(sangha, bandiagara, restricted);
        assertThat(ids(all().in(PCode.of(Drafts.SANGHA)))).containsExactly(sangha, restricted);
    }

    @Test
    void a_period_keeps_incidents_whose_dates_overlap_it() {
        var f = new IncidentFilter(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 12), null, null, null, null, null, true, null, 50);
        assertThat(ids(f)).containsExactly(bandiagara, restricted);
    }

    @Test
    void act_type_perpetrator_and_status_filters_apply() {
        assertThat(ids(new IncidentFilter(null, null, null, Drafts.ATTACK_SCHOOL, null, null, null, true, null, 50))).containsExactly(bandiagara);
        assertThat(ids(new IncidentFilter(null, null, null, null, PerpetratorCategory.STATE_FORCES, null, null, true, null, 50))).isEmpty();
        assertThat(ids(new IncidentFilter(null, null, null, null, PerpetratorCategory.ARMED_GROUPS, null, null, true, null, 50))).hasSize(5);
        assertThat(ids(new IncidentFilter(null, null, null, null, null, VerificationStatus.PENDING_VERIFICATION, null, true, null, 50)))
                .containsExactly(mopti);
    }

    @Test
    void words_are_found_without_accents_or_case() {
        assertThat(ids(new IncidentFilter(null, null, null, null, null, null, "ECOLE incendiee", true, null, 50))).containsExactly(bandiagara);
    }

    @Test
    void restricted_incidents_are_left_out_for_roles_that_may_not_see_them() {
        assertThat(ids(IncidentFilter.all(false))).doesNotContain(restricted).hasSize(4);
        assertThat(observatory.count(IncidentFilter.all(false))).isEqualTo(4);
    }

    @Test
    void pages_follow_each_other_without_gap_or_repeat() {
        List<IncidentSummary> first = observatory.find(all().withLimit(2));
        var cursor = new IncidentFilter.Cursor(first.get(1).date().start(), first.get(1).id());
        assertThat(IncidentFilter.Cursor.parse(cursor.toString())).isEqualTo(cursor);
        assertThat(ids(all().withLimit(2).after(cursor))).containsExactly(restricted, mopti);
    }

    @Test
    void counts_by_region_and_cercle_name_their_places() {
        assertThat(observatory.countsByPlace(all(), false)).containsExactly(new PlaceCount(PCode.of("ML05"), "Mopti", 4),
                new PlaceCount(PCode.of("ML01"), "Kayes", 1));
        assertThat(observatory.countsByPlace(all(), true)).first().isEqualTo(new PlaceCount(PCode.of("ML0502"), "Bandiagara", 3));
    }
}
