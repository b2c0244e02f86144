package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.texts.Commitment;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;
import org.vigie.texts.library.TextSummary;

/**
 * Tracking the commitments of later versions of the draft carries each item forward: three versions, with a
 * reworded paragraph, a paragraph inserted (renumbering the rest), a commitment's paragraph deleted, a copy, and a
 * fourth rewording the same paragraph again (one item throughout, its assignment kept).
 */
class CommitmentCarryTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    private static final Pattern OPERATIVE = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
    private static final String INSERTED = "Demande aux autorités maliennes de publier chaque année la liste des écoles fermées "
            + "en raison de menaces directes ou de l’insécurité ;";

    @Test
    void each_version_carries_the_items_of_the_one_before() {
        App app = vigie.app();
        String draft = new String(Fixtures.bytes("mali-draft-2026-fr.txt"), StandardCharsets.UTF_8);
        Resolution v1Read = Fixtures.text(draft);
        int reworded = paragraphWith(v1Read, "intensifier ses efforts");
        int deleted = v1Read.commitments().stream().mapToInt(Commitment::paragraph).filter(p -> p != reworded).max().orElseThrow();
        String v2Text = version2(draft, reworded, deleted);

        TextSummary v1 = app.texts().importFile("analyst", "127.0.0.1", "draft-v1.txt", draft.getBytes(StandardCharsets.UTF_8), false).text();
        app.tracker().trackCommitments("analyst", "127.0.0.1", v1, app.texts());
        List<TrackedRecommendation> first = app.tracker().ofText(v1.id());
        assertThat(first).hasSize(v1Read.commitments().size()).isNotEmpty();
        TrackedRecommendation followed = first.stream().filter(r -> r.text().contains("intensifier ses efforts")).findFirst().orElseThrow();
        app.followUp().assign(vigie.principal(Role.ANALYST), "127.0.0.1", followed.id(), "DNDH");

        TextSummary v2 = app.texts().importFile("analyst", "127.0.0.1", "draft-v2.txt", v2Text.getBytes(StandardCharsets.UTF_8), false,
                v1.id()).text();
        Resolution v2Read = app.texts().resolution(v2.id());
        app.tracker().trackCommitments("analyst", "127.0.0.1", v2, app.texts());

        Map<Long, TrackedRecommendation> now = byId(app);
        List<TrackedRecommendation> open = now.values().stream().filter(r -> !r.dropped()).toList();
        assertThat(open).as("one open item per commitment of version 2").hasSize(v2Read.commitments().size());
        assertThat(now.values().stream().filter(r -> r.mechanism() == SourceMechanism.RESOLUTION_COMMITMENT))
                .as("no duplicate of a carried commitment").hasSize(first.size() + (int) countIn(v2Read, INSERTED_MARK));

        List<TrackedRecommendation> dropped = now.values().stream().filter(TrackedRecommendation::dropped).toList();
        assertThat(dropped).isNotEmpty().allSatisfy(r -> {
            assertThat(r.paragraph()).isEqualTo(Integer.toString(deleted));
            assertThat(r.droppedIn()).isEqualTo(v2.id());
        });
        assertThat(dropped).hasSize((int) v1Read.commitments().stream().filter(c -> c.paragraph() == deleted).count());

        List<TrackedRecommendation> changed = open.stream().filter(TrackedRecommendation::textChanged).toList();
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).previousText()).contains("intensifier");
        assertThat(changed.get(0).text()).contains("redoubler").doesNotContain("intensifier");
        assertThat(changed.get(0).textChangedIn()).isEqualTo(v2.id());

        List<TrackedRecommendation> added = open.stream().filter(r -> !idsOf(first).contains(r.id())).toList();
        assertThat(added).isNotEmpty().allSatisfy(r -> assertThat(r.text()).contains("publier chaque année"));
        assertThat(open).allSatisfy(r -> assertThat(r.sourceTextId()).isEqualTo(v2.id()));
        int insertedNumber = paragraphWith(v2Read, "publier chaque année");
        assertThat(added).allSatisfy(r -> assertThat(r.paragraph()).isEqualTo(Integer.toString(insertedNumber)));
        TrackedRecommendation renumbered = open.stream().filter(r -> r.text().contains("redoubler")).findFirst().orElseThrow();
        assertThat(renumbered.paragraph()).as("renumbered after the inserted paragraph").isEqualTo(Integer.toString(reworded - (deleted < reworded ? 1 : 0) + (reworded > 2 ? 1 : 0)));

        // Tracking the same version again changes nothing.
        app.tracker().trackCommitments("analyst", "127.0.0.1", v2, app.texts());
        assertThat(byId(app)).isEqualTo(now);

        // A third version, the same words as the second: every open item carried unchanged, nothing new.
        TextSummary v3 = app.texts().importFile("analyst", "127.0.0.1", "draft-v3.txt",
                (v2Text + "\n").getBytes(StandardCharsets.UTF_8), false, v2.id()).text();
        app.tracker().trackCommitments("analyst", "127.0.0.1", v3, app.texts());
        Map<Long, TrackedRecommendation> third = byId(app);
        assertThat(third.keySet()).isEqualTo(now.keySet());
        assertThat(third.values().stream().filter(r -> !r.dropped())).allSatisfy(r -> {
            assertThat(r.sourceTextId()).isEqualTo(v3.id());
            assertThat(r.text()).isEqualTo(now.get(r.id()).text());
        });
        assertThat(third.values().stream().filter(TrackedRecommendation::textChanged)).hasSize(1);

        // A fourth version rewords the same paragraph again: across all versions it is one item, still assigned,
        // its change now against the version before it.
        TextSummary v4 = app.texts().importFile("analyst", "127.0.0.1", "draft-v4.txt",
                v2Text.replace("redoubler ses efforts", "redoubler encore ses efforts").getBytes(StandardCharsets.UTF_8), false,
                v3.id()).text();
        app.tracker().trackCommitments("analyst", "127.0.0.1", v4, app.texts());
        Map<Long, TrackedRecommendation> fourth = byId(app);
        assertThat(fourth.keySet()).isEqualTo(now.keySet());
        TrackedRecommendation same = fourth.get(followed.id());
        assertThat(same.text()).contains("redoubler encore ses efforts");
        assertThat(same.textChanged()).isTrue();
        assertThat(same.textChangedIn()).isEqualTo(v4.id());
        assertThat(same.previousText()).contains("redoubler ses efforts").doesNotContain("encore");
        assertThat(app.followUp().institutionsOf(followed.id())).containsExactly("DNDH");
        assertThat(fourth.values().stream().filter(TrackedRecommendation::textChanged)).hasSize(1);
    }

    private static final String INSERTED_MARK = "publier chaque année";

    private static long countIn(Resolution r, String words) {
        return r.commitments().stream().filter(c -> c.action().contains(words)).count();
    }

    private static List<Long> idsOf(List<TrackedRecommendation> items) {
        return items.stream().map(TrackedRecommendation::id).toList();
    }

    private static Map<Long, TrackedRecommendation> byId(App app) {
        return app.tracker().find(RecommendationFilter.parse("resolution_commitment", null, null, null, 0, 100)).stream()
                .collect(Collectors.toMap(TrackedRecommendation::id, Function.identity()));
    }

    private static int paragraphWith(Resolution r, String words) {
        return r.operative().stream().filter(p -> p.fullText().contains(words)).findFirst().orElseThrow().number();
    }

    /** Rewords a paragraph, deletes another, inserts a new one after OP2 and renumbers the operative part. */
    private static String version2(String draft, int reworded, int deleted) {
        List<String> out = new ArrayList<>();
        int number = 0;
        for (String line : draft.split("\n", -1)) {
            Matcher m = OPERATIVE.matcher(line);
            if (!m.matches()) {
                out.add(line);
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n == deleted) {
                continue;
            }
            String text = n == reworded ? m.group(2).replace("intensifier ses efforts", "redoubler ses efforts") : m.group(2);
            out.add(++number + ". \t" + text);
            if (n == 2) {
                out.add(++number + ". \t" + INSERTED);
            }
        }
        return String.join("\n", out);
    }
}
