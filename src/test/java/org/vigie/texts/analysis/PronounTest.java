package org.vigie.texts.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Clause;

/** Pronouns whose antecedent is no actor Vigie knows by name stand for the previous clause's addressees. */
class PronounTest {

    private final ClauseReader reader = new ClauseReader(OpeningVerbs.load());

    private List<Clause> clauses(String text) {
        return reader.clauses(text);
    }

    @Test
    void a_french_pronoun_stands_for_the_addressees_of_the_clause_before_it() {
        List<Clause> c = clauses("Encourage les organisations de la société civile à poursuivre leur travail de documentation "
                + "et les invite à coopérer avec la Commission nationale des droits de l’homme;");
        assertThat(c).hasSize(2);
        assertThat(c.get(1).addressees()).containsExactly("les organisations de la société civile");
    }

    @Test
    void an_english_them_stands_for_the_addressees_of_the_clause_before_it() {
        List<Clause> c = clauses("Encourages civil society organizations to continue documenting violations and invites them "
                + "to cooperate with the national human rights commission;");
        assertThat(c.get(1).addressees()).containsExactly("civil society organizations");
    }

    @Test
    void a_known_actor_named_before_the_pronoun_still_wins() {
        List<Clause> c = clauses("Encourage les organisations de la société civile à coopérer avec les autorités maliennes "
                + "et les exhorte à garantir leur sécurité;");
        assertThat(c.get(1).addressees()).containsExactly("les autorités maliennes");
    }

    @Test
    void a_pronoun_of_another_number_is_left_as_it_is() {
        List<Clause> c = clauses("Encourage la Commission nationale des droits de l’homme à poursuivre son travail "
                + "et les invite à coopérer;");
        assertThat(c.get(1).addressees()).isEmpty();
    }

    @Test
    void the_number_of_a_name_follows_its_determiner_or_its_head_noun() {
        assertThat(Antecedents.isPluralName("les organisations de la société civile")).isTrue();
        assertThat(Antecedents.isPluralName("la Commission nationale des droits de l’homme")).isFalse();
        assertThat(Antecedents.isPluralName("civil society organizations")).isTrue();
        assertThat(Antecedents.isPluralName("the Office of the High Commissioner")).isFalse();
        assertThat(Antecedents.isPluralName("the Malian defence and security forces")).isTrue();
    }
}
