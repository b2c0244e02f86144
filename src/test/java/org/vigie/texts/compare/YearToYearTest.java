package org.vigie.texts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;

/**
 * One year's resolution and the next: two different resolutions are paired by content, never by number, and each
 * paragraph gets the status a delegation reads (kept, reworded, new, dropped, moved).
 */
class YearToYearTest {

    static final String LAST_YEAR = """
            A/HRC/RES/55/25
            Human Rights Council
            Fifty-fifth session
            Agenda item 10
            Resolution adopted by the Human Rights Council on 4 April 2024
            55/25. Technical assistance and capacity-building for Mali in the field of human rights
            The Human Rights Council,
            Guided by the purposes and principles of the Charter of the United Nations,
            Deeply concerned about the attacks by terrorist groups in the centre of Mali,
            1. Urges the Government of Mali to investigate all violations of human rights;
            2. Requests the transitional authorities to hold free and fair elections;
            3. Encourages the international community to support the national human rights commission;
            4. Decides to remain seized of the matter.
            """;

    static final String THIS_YEAR = """
            A/HRC/RES/58/30
            Human Rights Council
            Fifty-eighth session
            Agenda item 10
            Resolution adopted by the Human Rights Council on 4 April 2025
            58/30. Technical assistance and capacity-building for Mali in the field of human rights
            The Human Rights Council,
            Guided by the purposes and principles of the Charter of the United Nations,
            Welcoming the cooperation of the Government of Mali with the Independent Expert,
            Deeply concerned about the attacks by terrorist groups in the centre and the south of Mali,
            1. Calls upon the international community to support the national human rights commission;
            2. Requests the Government of Mali to investigate all violations of human rights;
            3. Requests the transitional authorities to protect journalists and human rights defenders;
            4. Requests the Secretary-General to publish without delay the report on the events of Moura;
            5. Decides to remain seized of the matter.
            """;

    static ComparedTexts compared() {
        return ComparedTexts.of(Fixtures.text(LAST_YEAR), Fixtures.text(THIS_YEAR));
    }

    @Test
    void two_adopted_resolutions_of_different_sessions_are_different_resolutions() {
        assertThat(compared().versionsOfOne()).isFalse();
    }

    @Test
    void a_draft_and_the_resolution_of_its_session_or_texts_without_symbol_are_versions_of_one() {
        Resolution l2 = Fixtures.resolution(Fixtures.HRC_40_L2);
        Resolution adopted = Fixtures.text(THIS_YEAR.replace("A/HRC/RES/58/30", "A/HRC/RES/40/26"));
        assertThat(TextComparison.versionsOfOne(l2, adopted)).isTrue();
        assertThat(TextComparison.versionsOfOne(l2, Fixtures.resolution(Fixtures.HRC_34_39))).isFalse();
        assertThat(TextComparison.versionsOfOne(Fixtures.resolution(Fixtures.DRAFT), Fixtures.resolution(Fixtures.DRAFT)))
                .isTrue();
    }

    @Test
    void a_draft_that_cites_last_year_s_resolution_is_a_different_resolution_not_a_version_of_it() {
        Resolution draft2026 = Fixtures.resolution(Fixtures.DRAFT);
        assertThat(draft2026.symbol()).isNull();
        assertThat(TextComparison.versionsOfOne(Fixtures.resolution(Fixtures.HRC_49_34_FR), draft2026)).isFalse();
    }

    /** OP1 and OP3 swapped places (and "Urges" became "Requests"): of two pairs that cross, one moved. */
    @Test
    void paragraphs_are_paired_by_content_with_the_status_a_delegation_reads() {
        assertThat(compared().changes())
                .extracting(TextComparison.ParagraphChange::status, TextComparison.ParagraphChange::oldName,
                        TextComparison.ParagraphChange::newName)
                .containsExactly(
                        tuple(TextComparison.Status.KEPT, "PP1", "PP1"),
                        tuple(TextComparison.Status.NEW, null, "PP2"),
                        tuple(TextComparison.Status.REWORDED, "PP2", "PP3"),
                        tuple(TextComparison.Status.DROPPED, "OP2", null),
                        tuple(TextComparison.Status.REWORDED, "OP3", "OP1"),
                        tuple(TextComparison.Status.MOVED, "OP1", "OP2"),
                        tuple(TextComparison.Status.NEW, null, "OP3"),
                        tuple(TextComparison.Status.NEW, null, "OP4"),
                        tuple(TextComparison.Status.KEPT, "OP4", "OP5"));
    }

    @Test
    void the_same_number_with_other_words_is_a_new_paragraph_between_resolutions_but_a_reworded_one_between_versions() {
        Resolution older = Fixtures.text(LAST_YEAR);
        Resolution newer = Fixtures.text(THIS_YEAR);
        assertThat(compared().changes()).noneMatch(c -> "OP2".equals(c.oldName()) && "OP3".equals(c.newName()));
        Resolution olderDraft = Fixtures.text(LAST_YEAR.replace("A/HRC/RES/55/25\n", ""));
        Resolution newerDraft = Fixtures.text(LAST_YEAR.replace("A/HRC/RES/55/25\n", "").replace(
                "to hold free and fair elections", "to hold free, fair and inclusive elections without further delay and to "
                        + "publish the electoral calendar"));
        assertThat(older.symbol()).isNotNull();
        assertThat(newer.symbol()).isNotNull();
        assertThat(new TextComparison().compare(olderDraft, newerDraft))
                .filteredOn(c -> "OP2".equals(c.newName())).extracting(TextComparison.ParagraphChange::status)
                .containsExactly(TextComparison.Status.REWORDED);
    }

    @Test
    void a_reworded_paragraph_shows_its_word_level_changes_and_its_renumbering() {
        TextComparison.ParagraphChange pp = compared().changes().get(2);
        assertThat(pp.renumbered()).isTrue();
        assertThat(pp.words()).extracting(TextComparison.Words::op, TextComparison.Words::text).contains(
                tuple(TextComparison.Op.INSERTED, "and the south"));
    }

    @Test
    void the_summary_names_new_demands_addressees_deadlines_and_stronger_or_weaker_verbs() {
        OperativeSummary s = compared().summary();
        assertThat(s.newDemands()).extracting(OperativeSummary.Demand::paragraph, OperativeSummary.Demand::verb)
                .containsExactly(tuple("OP3", "Requests"), tuple("OP4", "Requests"));
        assertThat(s.newAddressees()).containsExactly("the Secretary-General");
        assertThat(s.newDeadlines()).containsExactly("without delay");
        assertThat(s.verbChanges()).extracting(OperativeSummary.VerbChange::oldVerb, OperativeSummary.VerbChange::newVerb,
                OperativeSummary.VerbChange::direction).containsExactlyInAnyOrder(
                tuple("Encourages", "Calls upon", "stronger"), tuple("Urges", "Requests", "weaker"));
    }

    @Test
    void counts_give_every_status() {
        assertThat(compared().counts()).containsEntry(TextComparison.Status.KEPT, 2L)
                .containsEntry(TextComparison.Status.NEW, 3L).containsEntry(TextComparison.Status.DROPPED, 1L)
                .containsEntry(TextComparison.Status.MOVED, 1L).containsEntry(TextComparison.Status.REWORDED, 2L);
        assertThat(compared().operative()).hasSize(6);
    }

    @Test
    void the_real_openings_of_34_39_and_the_next_year_s_draft_pair_their_preambles_by_content() {
        ComparedTexts c = ComparedTexts.of(Fixtures.resolution(Fixtures.HRC_34_39), Fixtures.resolution(Fixtures.HRC_40_L2));
        assertThat(c.versionsOfOne()).isFalse();
        // Read by hand: the first four and the seventh preambular paragraphs are word for word the same; the fifth
        // (the series of resolutions) adds 34/39 and 37/39; "Reaffirming that all States have a responsibility" became
        // "Reaffirming the primary responsibility of all States"; the last, cut at different places, differs.
        assertThat(c.changes()).extracting(TextComparison.ParagraphChange::status).startsWith(
                TextComparison.Status.KEPT, TextComparison.Status.KEPT, TextComparison.Status.KEPT,
                TextComparison.Status.KEPT, TextComparison.Status.REWORDED, TextComparison.Status.REWORDED,
                TextComparison.Status.KEPT);
        assertThat(c.changes().get(4).words()).extracting(TextComparison.Words::op, TextComparison.Words::text)
                .contains(tuple(TextComparison.Op.INSERTED, "34/39 of 24 March 2017 and 37/39 of 23 March 2018,"));
    }

    @Test
    void the_2026_draft_compared_with_49_34_keeps_the_opening_rewords_the_series_and_brings_every_operative_paragraph() {
        Resolution draft2026 = Fixtures.resolution(Fixtures.DRAFT);
        ComparedTexts c = ComparedTexts.of(Fixtures.resolution(Fixtures.HRC_49_34_FR), draft2026);
        // Read by hand: the first four preambular paragraphs are the same words; the fifth (the series) cites 49/34
        // and later resolutions; the sixth inserts "respecter,"; the opening of 49/34 has no operative part.
        assertThat(c.changes()).extracting(TextComparison.ParagraphChange::status).startsWith(
                TextComparison.Status.KEPT, TextComparison.Status.KEPT, TextComparison.Status.KEPT,
                TextComparison.Status.KEPT, TextComparison.Status.REWORDED, TextComparison.Status.REWORDED);
        assertThat(c.operative()).hasSize(31).allMatch(x -> x.status() == TextComparison.Status.NEW);
        assertThat(c.summary().newDemands()).hasSize((int) draft2026.operative().stream()
                .flatMap(p -> p.clauses().stream()).filter(cl -> cl.kind().asksToAct()).count());
        assertThat(c.summary().newAddressees()).contains("les autorités maliennes");
    }
}
