package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentTest {

    @Test
    void the_draft_asks_the_malian_authorities_and_all_parties_twenty_things_in_eighteen_paragraphs() {
        Resolution draft = Fixtures.resolution(Fixtures.DRAFT);
        assertThat(draft.commitments()).extracting(Commitment::paragraph)
                .containsExactly(3, 3, 5, 6, 8, 9, 10, 11, 12, 13, 13, 14, 15, 17, 19, 20, 21, 22, 22, 24);
        assertThat(draft.commitments()).extracting(Commitment::addressee).containsOnly("les autorités maliennes",
                "le Gouvernement de la République du Mali", "toutes les parties", "toutes les parties au Mali");
    }

    @Test
    void in_a_country_resolution_calls_on_all_parties_and_all_states_include_the_state_concerned() {
        Resolution r = Fixtures.text("Technical assistance and capacity-building for Mali in the field of human rights\n"
                + "The Human Rights Council,\n"
                + "1. Calls upon all parties to respect international humanitarian law;\n"
                + "2. Urges all States to cooperate with the Independent Expert;\n"
                + "3. Requests the Office of the High Commissioner to provide assistance.\n");
        assertThat(r.commitments()).extracting(Commitment::addressee).containsExactly("all parties", "all States");
    }

    @Test
    void without_delay_as_soon_as_possible_and_immediately_are_deadlines() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\n"
                + "1. Exhorte les autorités maliennes à libérer sans délai les personnes détenues ;\n"
                + "2. Prie le Gouvernement malien de présenter dès que possible un plan ;\n"
                + "3. Demande aux autorités maliennes de mettre fin immédiatement aux violations.\n");
        assertThat(r.commitments()).extracting(Commitment::deadline)
                .containsExactly("sans délai", "dès que possible", "immédiatement");
        Resolution en = Fixtures.text("The Human Rights Council,\n"
                + "1. Urges the Government of Mali to release without delay all persons detained;\n"
                + "2. Requests the Government of Mali to submit as soon as possible a plan;\n"
                + "3. Calls upon the Government of Mali to end immediately the violations.\n");
        assertThat(en.commitments()).extracting(Commitment::deadline)
                .containsExactly("without delay", "as soon as possible", "immediately");
    }

    @Test
    void a_commitment_carries_the_action_asked() {
        Resolution draft = Fixtures.resolution(Fixtures.DRAFT);
        Commitment schools = draft.commitments().stream()
                .filter(c -> c.addressee().equals("les autorités maliennes")).findFirst().orElseThrow();
        assertThat(schools.paragraph()).isEqualTo(3);
        assertThat(schools.addressee()).isEqualTo("les autorités maliennes");
        assertThat(schools.action()).isEqualTo("y donner suite, notamment en dressant une liste des écoles fermées "
                + "en raison de menaces directes ou de l’insécurité");
        assertThat(schools.deadline()).isNull();
        Commitment election = draft.commitments().stream().filter(c -> c.paragraph() == 21).findFirst().orElseThrow();
        assertThat(election.paragraph()).isEqualTo(21);
        assertThat(election.action()).startsWith("communiquer le chronogramme de cette élection");
    }

    @Test
    void clauses_addressed_to_others_are_not_commitments_of_the_state() {
        Resolution draft = Fixtures.resolution(Fixtures.DRAFT);
        assertThat(draft.commitments()).noneMatch(c -> c.paragraph() == 12 && c.addressee().contains("partenaires"));
        assertThat(draft.commitments()).noneMatch(c -> c.paragraph() == 26 || c.paragraph() == 28);
        assertThat(draft.commitments()).noneMatch(c -> c.addressee().contains("acteurs régionaux"));
    }

    @Test
    void a_deadline_given_by_a_session_or_a_date_is_kept() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\n"
                + "1. Prie le Gouvernement malien de lui présenter un rapport à sa soixante-quatrième session ;\n"
                + "2. Exhorte les autorités maliennes à adopter la loi d’ici au 31 décembre 2026 ;\n"
                + "3. Demande à l’Expert indépendant de lui faire rapport à sa soixante-quatrième session ;\n"
                + "4. Engage le Gouvernement à adopter un plan dans un délai de six mois.\n");
        assertThat(r.commitments()).hasSize(3);
        assertThat(r.commitments().get(2).deadline()).isEqualTo("dans un délai de six mois");
        assertThat(r.commitments().get(0).deadline()).isEqualTo("à sa soixante-quatrième session");
        assertThat(r.commitments().get(0).addressee()).isEqualTo("le Gouvernement malien");
        assertThat(r.commitments().get(1).deadline()).isEqualTo("d’ici au 31 décembre 2026");
    }

    @Test
    void an_addressee_introducing_sub_paragraphs_stands_before_the_colon() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\nRappelant sa résolution 5/1,\n"
                + "1. Demande aux autorités maliennes :\na) De protéger les civils ;\nb) De juger les auteurs ;\n"
                + "2. Décide de demeurer saisi de la question.\n");
        assertThat(r.commitments()).containsExactly(new Commitment(1, "les autorités maliennes",
                "(a) De protéger les civils ; (b) De juger les auteurs", null));
    }

    @Test
    void english_requests_to_the_government_are_commitments_and_to_member_states_are_not() {
        Resolution r = Fixtures.text("The Human Rights Council,\n"
                + "1. Urges the Government of Mali to investigate all allegations by the end of 2026;\n"
                + "2. Encourages all Member States to support the Government;\n"
                + "3. Requests the Secretary-General to report at its sixty-fourth session.\n");
        assertThat(r.commitments()).containsExactly(new Commitment(1, "the Government of Mali",
                "investigate all allegations by the end of 2026", "by the end of 2026"));
    }

    @Test
    void the_official_general_assembly_texts_hold_no_state_commitment() {
        assertThat(Fixtures.resolution(Fixtures.RES_73_6).commitments()).isEmpty();
        assertThat(Fixtures.resolution(Fixtures.RES_73_3).commitments()).isEmpty();
    }
}
