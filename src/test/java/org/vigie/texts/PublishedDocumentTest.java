package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.checks.DraftingCheck;

/** Human Rights Council documents as published, each against its truth written by hand. */
class PublishedDocumentTest {

    private static final String TITLE_EN = "Technical assistance and capacity-building for Mali in the field of human rights";

    @Test
    void the_document_store_text_of_34_39_gives_its_masthead_as_metadata_and_its_heading_as_the_adoption() {
        Resolution r = Fixtures.resolution(Fixtures.HRC_34_39);
        assertThat(r.symbol().value()).isEqualTo("A/HRC/RES/34/39");
        assertThat(r.isDraft()).isFalse();
        assertThat(r.title()).isEqualTo(TITLE_EN);
        assertThat(r.session()).isEqualTo("Thirty-fourth session");
        assertThat(r.agendaItem()).isEqualTo("10");
        assertThat(r.adoption()).isEqualTo(new Adoption(null, LocalDate.of(2017, 3, 24)));
        assertThat(r.masthead().distributed()).isEqualTo(LocalDate.of(2017, 4, 3));
        assertThat(r.masthead().originalLanguage()).isEqualTo("fr");
        assertThat(r.masthead().sessionDates()).isEqualTo("27 February-24 March 2017");
        assertThat(r.preamble()).hasSize(9);
        assertThat(r.operative()).isEmpty();
        assertThat(r.preamble()).noneMatch(p -> p.text().contains("Distr") || p.text().contains("Agenda item"));
    }

    @Test
    void the_hard_wrapped_copy_with_blank_lines_reads_as_the_document_store_text() {
        Resolution clean = Fixtures.resolution(Fixtures.HRC_34_39);
        Resolution wrapped = Fixtures.resolution(Fixtures.HRC_34_39_WRAPPED);
        // Both copies are openings cut at different points of the ninth paragraph.
        assertThat(wrapped.preamble()).hasSize(9);
        assertThat(wrapped.preamble().subList(0, 8)).extracting(Paragraph::text).containsExactlyElementsOf(
                clean.preamble().subList(0, 8).stream().map(Paragraph::text).toList());
        assertThat(wrapped.references()).containsExactlyElementsOf(clean.references());
        assertThat(wrapped.title()).isEqualTo(TITLE_EN);
        assertThat(wrapped.session()).isEqualTo("Thirty-fourth session");
        assertThat(wrapped.adoption()).isEqualTo(clean.adoption());
        assertThat(new DraftingCheck().check(wrapped)).extracting(Finding::code, Finding::paragraph)
                .containsExactlyElementsOf(new DraftingCheck().check(clean).stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.paragraph())).toList());
    }

    @Test
    void the_references_of_34_39_say_which_resolution_established_and_which_extended_the_mandate() {
        List<Reference> refs = Fixtures.resolution(Fixtures.HRC_34_39).references();
        assertThat(refs).extracting(Reference::symbol, Reference::relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("60/251", "recalls"),
                org.assertj.core.groups.Tuple.tuple("5/1", "recalls"),
                org.assertj.core.groups.Tuple.tuple("5/2", "recalls"),
                org.assertj.core.groups.Tuple.tuple("20/17", "recalls"),
                org.assertj.core.groups.Tuple.tuple("22/18", "establishes_mandate"),
                org.assertj.core.groups.Tuple.tuple("25/36", "extends_mandate"),
                org.assertj.core.groups.Tuple.tuple("31/28", "extends_mandate"));
        assertThat(refs.get(4).date()).isEqualTo(LocalDate.of(2013, 3, 21));
    }

    @Test
    void the_french_49_34_with_spaced_punctuation_and_a_lost_space_reads_whole() {
        Resolution r = Fixtures.resolution(Fixtures.HRC_49_34_FR);
        assertThat(r.symbol().value()).isEqualTo("A/HRC/RES/49/34");
        assertThat(r.language()).isEqualTo(Language.FR);
        assertThat(r.session()).isEqualTo("Quarante-neuvième session");
        assertThat(r.title()).isEqualTo("Assistance technique et renforcement des capacités dans le domaine des droits "
                + "de l’homme au Mali");
        assertThat(r.adoption().date()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(r.masthead().distributed()).isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(r.masthead().originalLanguage()).isEqualTo("fr");
        assertThat(r.preamble()).hasSize(7);
        assertThat(r.references()).hasSize(12);
        assertThat(r.references()).filteredOn(ref -> ref.relation().equals("extends_mandate"))
                .extracting(Reference::symbol)
                .containsExactly("25/36", "31/28", "34/39", "37/39", "40/26", "43/38", "46/28");
        assertThat(r.references()).filteredOn(ref -> ref.relation().equals("establishes_mandate"))
                .extracting(Reference::symbol).containsExactly("22/18");
    }

    @Test
    void the_l_document_gives_its_sponsors_with_their_marks_and_keeps_its_draft_number() {
        Resolution r = Fixtures.resolution(Fixtures.HRC_40_L2);
        assertThat(r.isDraft()).isTrue();
        assertThat(r.symbol().value()).isEqualTo("A/HRC/40/L.2");
        assertThat(r.masthead().draftNumber()).isEqualTo("40/...");
        assertThat(r.title()).isEqualTo(TITLE_EN);
        assertThat(r.masthead().distributed()).isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(r.session()).isEqualTo("Fortieth session");
        List<Sponsor> sponsors = r.masthead().sponsors();
        assertThat(sponsors).hasSize(28);
        assertThat(sponsors.get(0)).isEqualTo(new Sponsor("Angola", "*", null));
        assertThat(sponsors).contains(new Sponsor("Belgium", "**", null), new Sponsor("Turkey", "**", null),
                new Sponsor("Italy", "", null));
        assertThat(sponsors.get(27)).isEqualTo(new Sponsor("United Kingdom of Great Britain and Northern Ireland", "", null));
        assertThat(r.preamble()).hasSize(8);
        assertThat(r.references()).hasSize(9);
    }

    /** Read by hand from the opening of A/HRC/40/L.2: the series recalled, 22/18 established, the rest extended. */
    @Test
    void the_references_of_the_l_document_carry_their_dates_and_relations() {
        List<Reference> refs = Fixtures.resolution(Fixtures.HRC_40_L2).references();
        assertThat(refs).extracting(Reference::symbol, Reference::relation, Reference::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("60/251", "recalls", LocalDate.of(2006, 3, 15)),
                org.assertj.core.groups.Tuple.tuple("5/1", "recalls", LocalDate.of(2007, 6, 18)),
                org.assertj.core.groups.Tuple.tuple("5/2", "recalls", LocalDate.of(2007, 6, 18)),
                org.assertj.core.groups.Tuple.tuple("20/17", "recalls", LocalDate.of(2012, 7, 6)),
                org.assertj.core.groups.Tuple.tuple("22/18", "establishes_mandate", LocalDate.of(2013, 3, 21)),
                org.assertj.core.groups.Tuple.tuple("25/36", "extends_mandate", LocalDate.of(2014, 3, 28)),
                org.assertj.core.groups.Tuple.tuple("31/28", "extends_mandate", LocalDate.of(2016, 3, 24)),
                org.assertj.core.groups.Tuple.tuple("34/39", "extends_mandate", LocalDate.of(2017, 3, 24)),
                org.assertj.core.groups.Tuple.tuple("37/39", "extends_mandate", LocalDate.of(2018, 3, 23)));
    }

    @Test
    void the_footnotes_of_an_l_document_give_the_meaning_of_the_marks() {
        Resolution r = Fixtures.text("A/HRC/40/L.2\nDistr.: Limited\n15 March 2019\n"
                + "Angola,* Belgium,** Italy and Sweden: draft resolution\n"
                + "* On behalf of the Group of African States.\n"
                + "** State not a member of the Human Rights Council.\n"
                + "40/... Technical assistance to Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n");
        assertThat(r.masthead().sponsors()).containsExactly(
                new Sponsor("Angola", "*", "On behalf of the Group of African States."),
                new Sponsor("Belgium", "**", "State not a member of the Human Rights Council."),
                new Sponsor("Italy", "", null), new Sponsor("Sweden", "", null));
        assertThat(r.operative()).hasSize(1);
    }

    @Test
    void a_heading_that_states_an_adoption_without_its_date_is_not_a_draft() {
        Resolution r = Fixtures.text("Resolution adopted by the Human Rights Council *\n"
                + "Technical assistance to Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n");
        assertThat(r.isDraft()).isFalse();
        assertThat(r.masthead().headingSaysAdopted()).isTrue();
        assertThat(r.operative()).extracting(Paragraph::text).containsExactly("Decides to remain seized of the matter.");
    }

    @Test
    void heading_foot_and_symbol_are_reconciled_and_a_disagreement_is_a_finding() {
        Resolution agree = Fixtures.text("A/HRC/RES/52/42\nResolution adopted by the Human Rights Council on 4 April 2023\n"
                + "52/42. Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n55th meeting\n4 April 2023\n");
        assertThat(agree.adoption()).isEqualTo(new Adoption("55th meeting", LocalDate.of(2023, 4, 4)));
        assertThat(new DraftingCheck().check(agree)).noneMatch(f -> f.code().equals("adoption-disagreement"));
        Resolution dates = Fixtures.text("A/HRC/RES/52/42\nResolution adopted by the Human Rights Council on 4 April 2023\n"
                + "52/42. Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n55th meeting\n5 April 2023\n");
        assertThat(new DraftingCheck().check(dates)).anyMatch(f -> f.code().equals("adoption-disagreement"));
        Resolution draftSymbol = Fixtures.text("A/HRC/52/L.20\nResolution adopted by the Human Rights Council on 4 April 2023\n"
                + "Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n");
        assertThat(new DraftingCheck().check(draftSymbol)).anyMatch(f -> f.code().equals("adoption-disagreement"));
    }

    @Test
    void a_spaced_apostrophe_in_the_organ_line_is_still_the_organ_line() {
        Resolution r = Fixtures.text("Le Conseil des droits de l ’ homme,\nRappelant sa résolution 22/18 ,\n"
                + "1. Décide de demeurer saisi de la question .\n");
        assertThat(r.organ()).isEqualTo("Le Conseil des droits de l’homme");
        assertThat(r.preamble().get(0).text()).isEqualTo("Rappelant sa résolution 22/18,");
        assertThat(r.operative().get(0).text()).isEqualTo("Décide de demeurer saisi de la question.");
    }

    @Test
    void page_furniture_in_the_middle_of_a_wrapped_paragraph_is_left_out() {
        Resolution r = Fixtures.text("The Human Rights Council,\n\nRecalling its resolutions 22/18 of 21 March 2013, in\n\n"
                + "GE.15-07842 (E) 130415 140415\n\n"
                + "United Nations A/HRC/RES/28/31 General Assembly Distr.: General 9 April 2015\n\n2/5\n\n"
                + "which it established the mandate of the Independent Expert, and 25/36 of 28 March\n\n"
                + "2014,\n\nAgenda item 10\n\n1. Decides to remain seized of the matter.\n\n[Adopted without a vote.]\n");
        assertThat(r.preamble()).extracting(Paragraph::text).containsExactly("Recalling its resolutions 22/18 of "
                + "21 March 2013, in which it established the mandate of the Independent Expert, and 25/36 of 28 March 2014,");
        assertThat(r.operative()).hasSize(1);
        assertThat(r.masthead().vote()).isEqualTo("Adopted without a vote");
    }
}
