package org.vigie.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTest {

    private final Resolution draft = Fixtures.resolution(Fixtures.DRAFT);

    private List<Clause> clauses(int op) {
        return draft.operative().get(op - 1).clauses();
    }

    @Test
    void opening_verb_phrase_keeps_its_adverbs() {
        assertThat(clauses(1).get(0).verb()).isEqualTo("Condamne fermement");
        assertThat(clauses(2).get(0).verb()).isEqualTo("Condamne fermement également");
        assertThat(clauses(12).get(0).verb()).isEqualTo("Encourage également");
        assertThat(clauses(30).get(0).verb()).isEqualTo("Engage instamment");
        assertThat(clauses(7).get(0).verb()).isEqualTo("Renouvelle son appel");
    }

    @Test
    void operative_paragraph_with_four_verbs_yields_four_clauses() {
        assertThat(clauses(3)).extracting(Clause::verb).containsExactly("Demande", "exhorte", "note", "encourage");
        assertThat(clauses(3)).extracting(Clause::kind).containsExactly(
                ClauseKind.REQUEST, ClauseKind.REQUEST, ClauseKind.NOTE, ClauseKind.ENCOURAGEMENT);
        assertThat(clauses(3).get(0).addressees()).containsExactly("toutes les parties");
        assertThat(clauses(3).get(0).action()).startsWith("respecter le caractère civil des écoles");
        assertThat(clauses(3).get(1).addressees()).containsExactly("les groupes terroristes");
    }

    @Test
    void french_object_pronoun_is_resolved_to_the_actor_named_before_it() {
        assertThat(clauses(3).get(3).addressees()).containsExactly("les autorités maliennes");
        assertThat(clauses(3).get(3).action()).startsWith("y donner suite, notamment en dressant une liste des écoles");
        assertThat(clauses(20).get(1).addressees()).containsExactly("les autorités maliennes");
        assertThat(clauses(21).get(1).addressees()).containsExactly("le Gouvernement de la République du Mali");
        assertThat(clauses(13).get(1).addressees()).containsExactly("les autorités maliennes");
    }

    @Test
    void kinds_of_the_draft_follow_the_opening_verbs() {
        assertThat(clauses(1)).extracting(Clause::kind).containsExactly(ClauseKind.CONDEMNATION);
        assertThat(clauses(2)).extracting(Clause::kind).containsExactly(ClauseKind.CONDEMNATION, ClauseKind.WELCOME);
        assertThat(clauses(4)).extracting(Clause::kind).containsExactly(ClauseKind.RECALL);
        assertThat(clauses(5)).extracting(Clause::kind)
                .containsExactly(ClauseKind.CONDEMNATION, ClauseKind.NOTE, ClauseKind.REQUEST);
        assertThat(clauses(9)).extracting(Clause::kind).containsExactly(ClauseKind.ENCOURAGEMENT);
        assertThat(clauses(18)).extracting(Clause::kind).containsExactly(ClauseKind.NOTE);
        assertThat(clauses(23)).extracting(Clause::kind).containsExactly(ClauseKind.DECISION);
        assertThat(clauses(31)).extracting(Clause::kind).containsExactly(ClauseKind.DECISION);
    }

    @Test
    void an_incise_after_the_addressee_is_not_part_of_it() {
        assertThat(clauses(6).get(1).addressees()).containsExactly("le Gouvernement de la République du Mali");
        assertThat(clauses(25).get(0).addressees()).containsExactly("l’Expert indépendant");
    }

    @Test
    void a_list_of_addressees_is_split_on_its_articles() {
        assertThat(clauses(17).get(0).addressees())
                .containsExactly("les autorités maliennes", "tous les acteurs régionaux et internationaux");
        assertThat(clauses(28).get(0).addressees())
                .containsExactly("le Secrétaire général", "le Haut-Commissaire des Nations Unies aux droits de l’homme");
        assertThat(clauses(29).get(0).addressees())
                .containsExactly("le Haut-Commissariat des Nations Unies aux droits de l’homme");
    }

    @Test
    void english_clauses_read_the_addressee_before_to() {
        Resolution space = Fixtures.resolution(Fixtures.RES_73_6);
        List<Clause> eleven = space.operative().get(10).clauses();
        assertThat(eleven).extracting(Clause::verb).containsExactly("Encourages", "invites");
        assertThat(eleven.get(0).addressees())
                .containsExactly("the Committee on the Peaceful Uses of Outer Space", "the Office for Outer Space Affairs");
        assertThat(eleven.get(1).addressees()).containsExactly("the Committee");
        Clause thirteen = space.operative().get(12).clauses().get(0);
        assertThat(thirteen.kind()).isEqualTo(ClauseKind.REQUEST);
        assertThat(thirteen.addressees()).containsExactly("the Secretary-General");
        assertThat(thirteen.action()).startsWith("consider the sufficiency of resources");
    }

    @Test
    void english_adverbs_before_the_verb_belong_to_the_verb_phrase() {
        Resolution r = Fixtures.text("The Human Rights Council,\nRecalling its resolution 5/1,\n"
                + "1. Once again urges the Government of Mali to release all detainees, and also requests it "
                + "to report at its sixty-fourth session;\n2. Strongly condemns all attacks.\n");
        List<Clause> one = r.operative().get(0).clauses();
        assertThat(one).extracting(Clause::verb).containsExactly("Once again urges", "also requests");
        assertThat(one.get(0).addressees()).containsExactly("the Government of Mali");
        assertThat(one.get(1).addressees()).containsExactly("the Government of Mali");
        assertThat(r.operative().get(1).clauses().get(0).verb()).isEqualTo("Strongly condemns");
        assertThat(r.operative().get(1).clauses().get(0).kind()).isEqualTo(ClauseKind.CONDEMNATION);
    }

    @Test
    void english_pronoun_after_the_verb_is_resolved_by_number() {
        Resolution r = Fixtures.text("The Human Rights Council,\n1. Welcomes the efforts of the Malian authorities, "
                + "and urges them to continue.\n");
        assertThat(r.operative().get(0).clauses().get(1).addressees()).containsExactly("the Malian authorities");
    }

    @Test
    void an_unknown_opening_verb_is_kept_with_kind_other() {
        Resolution r = Fixtures.text("Le Conseil des droits de l’homme,\n1. Frobnique les autorités.\n");
        Clause only = r.operative().get(0).clauses().get(0);
        assertThat(only.kind()).isEqualTo(ClauseKind.OTHER);
        assertThat(only.verb()).isEqualTo("Frobnique");
    }
}
