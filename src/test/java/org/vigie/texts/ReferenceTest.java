package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.reading.Dates;

class ReferenceTest {

    /** Compares what is cited, where and when; the relation has tests of its own ({@code ReferenceRelationTest}). */
    private static int sameCitation(Reference a, Reference b) {
        return a.withRelation("cites").equals(b.withRelation("cites")) ? 0 : 1;
    }

    private static Reference ref(String symbol, String body, String date, String where) {
        return new Reference(symbol, body, date == null ? null : LocalDate.parse(date), where);
    }

    @Test
    void the_draft_cites_the_general_assembly_and_the_chain_of_mali_resolutions_with_their_dates() {
        List<Reference> refs = Fixtures.resolution(Fixtures.DRAFT).references();
        String hrc = "Human Rights Council";
        assertThat(refs).usingElementComparator(ReferenceTest::sameCitation).containsExactly(
                ref("60/251", "General Assembly", "2006-03-15", "PP3"),
                ref("5/1", hrc, "2007-06-18", "PP4"), ref("5/2", hrc, "2007-06-18", "PP4"),
                ref("20/17", hrc, "2012-07-06", "PP5"), ref("22/18", hrc, "2013-03-21", "PP5"),
                ref("25/36", hrc, "2014-03-28", "PP5"), ref("31/28", hrc, "2016-03-24", "PP5"),
                ref("34/39", hrc, "2017-03-24", "PP5"), ref("37/39", hrc, "2018-03-23", "PP5"),
                ref("40/26", hrc, "2019-03-22", "PP5"), ref("43/38", hrc, "2020-06-22", "PP5"),
                ref("46/28", hrc, "2021-03-24", "PP5"), ref("49/34", hrc, "2022-04-01", "PP5"),
                ref("52/42", hrc, "2023-04-04", "PP5"), ref("55/25", hrc, "2024-04-04", "PP5"),
                ref("58/30", hrc, "2025-04-07", "PP5"));
    }

    @Test
    void resolution_73_6_cites_old_style_numbers_and_documents_in_footnotes() {
        List<Reference> refs = Fixtures.resolution(Fixtures.RES_73_6).references();
        String ga = "General Assembly";
        assertThat(refs.subList(0, 6)).usingElementComparator(ReferenceTest::sameCitation).containsExactly(
                ref("2453 A (XXIII)", ga, "1968-12-20", "PP1"), ref("37/90", ga, "1982-12-10", "PP1"),
                ref("54/68", ga, "1999-12-06", "PP1"), ref("59/2", ga, "2004-10-20", "PP1"),
                ref("72/79", ga, "2017-12-07", "PP1"), ref("51/122", ga, "1996-12-13", "PP17"));
        assertThat(refs.subList(6, 10)).usingElementComparator(ReferenceTest::sameCitation).containsExactly(
                ref("A/AC.105/1137", null, null, "footnote 1"), ref("70/1", null, null, "footnote 2"),
                ref("69/283", null, null, "footnote 3"), ref("FCCC/CP/2015/10/Add.1", null, null, "footnote 4"));
        assertThat(refs.subList(10, refs.size())).hasSize(19).allMatch(r -> r.paragraph().equals("footnote 6")
                && r.symbol().startsWith("A/AC.105/11"));
    }

    @Test
    void resolution_73_3_names_each_body_including_the_world_health_assembly() {
        List<Reference> refs = Fixtures.resolution(Fixtures.RES_73_3).references();
        String ga = "General Assembly";
        String wha = "World Health Assembly";
        assertThat(refs.subList(0, 7)).usingElementComparator(ReferenceTest::sameCitation).containsExactly(
                ref("71/3", ga, "2016-10-05", "annex 1 para 2"), ref("70/266", ga, "2016-06-08", "annex 1 para 2"),
                ref("68/300", ga, "2014-07-10", "annex 1 para 2"), ref("72/139", ga, "2017-12-12", "annex 1 para 2"),
                ref("69.2", wha, "2016-05-28", "annex 1 para 2"),
                ref("33/11", "Human Rights Council", "2016-09-29", "annex 1 para 2"),
                ref("67.1", wha, "2014-05-21", "annex 1 para 2"));
        assertThat(refs).usingElementComparator(ReferenceTest::sameCitation).contains(ref("71.3", wha, "2018-05-26", "annex 1 para 23"),
                ref("71/3", ga, null, "annex 1 para 26"), ref("70/175", ga, "2015-12-17", "annex 1 para 38"),
                ref("71.3", wha, null, "annex 1 para 49"), ref("A/71/53/Add.1/Corr.1", null, null, "footnote 4"),
                ref("WHA71/2018/REC/1", null, null, "footnote 7"), ref("55/2", null, null, "footnote 6"));
    }

    @Test
    void english_list_sharing_one_date_and_security_council_numbers_are_read() {
        Resolution r = Fixtures.text("The Human Rights Council,\n"
                + "Recalling Security Council resolutions 2100 (2013) and 2423 (2018), and its resolutions 5/1 and 5/2 "
                + "of 18 June 2007, and the report of the Independent Expert (A/HRC/58/81),\n"
                + "1. Decides to remain seized of the matter.\n");
        assertThat(r.references()).usingElementComparator(ReferenceTest::sameCitation).containsExactly(
                ref("2100 (2013)", "Security Council", null, "PP1"), ref("2423 (2018)", "Security Council", null, "PP1"),
                ref("5/1", "Human Rights Council", "2007-06-18", "PP1"), ref("5/2", "Human Rights Council", "2007-06-18", "PP1"),
                ref("A/HRC/58/81", null, null, "PP1"));
    }

    @Test
    void special_session_numbers_are_references_too() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\nRappelant sa résolution S-29/1 du 6 octobre 2020,\n"
                + "1. Décide de rester saisi de la question.\n");
        assertThat(r.references()).usingElementComparator(ReferenceTest::sameCitation).containsExactly(ref("S-29/1", "Human Rights Council", "2020-10-06", "PP1"));
    }

    @Test
    void a_french_date_with_premier_is_read_in_iso_form() {
        assertThat(Dates.find("du 1er avril 2022")).contains(LocalDate.of(2022, 4, 1));
        assertThat(Dates.find("le 31 juin 2022")).isEmpty();
        assertThat(Dates.find("on 7 December 2017")).contains(LocalDate.of(2017, 12, 7));
    }
}
