package org.vigie.texts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;

class OperativeSummaryTest {

    private static final String TITLE = "Technical assistance and capacity-building for Mali in the field of human rights\n";

    @Test
    void last_year_and_this_year_show_new_demands_addressees_deadlines_and_the_verbs_that_changed_force() {
        Resolution last = Fixtures.text(TITLE + "The Human Rights Council,\n"
                + "1. Urges the Government of Mali to investigate all violations;\n"
                + "2. Encourages the international community to support the national commission;\n"
                + "3. Decides to remain seized of the matter.\n");
        Resolution now = Fixtures.text(TITLE + "The Human Rights Council,\n"
                + "1. Calls upon the international community to support the national commission;\n"
                + "2. Requests the Government of Mali to investigate all violations;\n"
                + "3. Requests the Secretary-General to release without delay the report on the elections;\n"
                + "4. Decides to remain seized of the matter.\n");
        List<TextComparison.ParagraphChange> changes = new TextComparison().compare(last, now);
        OperativeSummary summary = OperativeSummary.of(last, now, changes);
        assertThat(summary.verbChanges())
                .extracting(OperativeSummary.VerbChange::oldParagraph, OperativeSummary.VerbChange::newParagraph,
                        OperativeSummary.VerbChange::direction)
                .containsExactlyInAnyOrder(tuple("OP2", "OP1", "stronger"), tuple("OP1", "OP2", "weaker"));
        assertThat(summary.newDemands()).extracting(OperativeSummary.Demand::paragraph).containsExactly("OP3");
        assertThat(summary.newAddressees()).containsExactly("the Secretary-General");
    }

    @Test
    void french_verbs_are_ranked_too() {
        String title = "Assistance technique et renforcement des capacités dans le domaine des droits de l’homme au Mali\n"
                + "Le Conseil des droits de l’homme,\n";
        Resolution last = Fixtures.text(title
                + "1. Encourage les autorités maliennes à poursuivre la lutte contre l’impunité ;\n"
                + "2. Exige de toutes les parties qu’elles respectent le cessez-le-feu ;\n"
                + "3. Décide de demeurer saisi de la question.\n");
        Resolution now = Fixtures.text(title
                + "1. Exhorte les autorités maliennes à poursuivre la lutte contre l’impunité ;\n"
                + "2. Demande à toutes les parties de respecter le cessez-le-feu ;\n"
                + "3. Décide de demeurer saisi de la question.\n");
        OperativeSummary summary = OperativeSummary.of(last, now, new TextComparison().compare(last, now));
        assertThat(summary.verbChanges())
                .extracting(OperativeSummary.VerbChange::oldVerb, OperativeSummary.VerbChange::newVerb,
                        OperativeSummary.VerbChange::direction)
                .containsExactly(tuple("Encourage", "Exhorte", "stronger"), tuple("Exige", "Demande", "weaker"));
    }
}
