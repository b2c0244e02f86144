package org.vigie.texts.checks;

import java.util.ArrayList;
import java.util.List;
import org.vigie.texts.Finding;
import org.vigie.texts.Masthead;
import org.vigie.texts.Resolution;

/**
 * The document as a whole: whether it has an operative part (a text cut after its preamble is incomplete), and
 * whether the three places that tell its status agree: the heading ("Resolution adopted by the Human Rights
 * Council on 24 March 2017"), the foot ("52nd meeting / 24 March 2017") and the symbol (A/HRC/RES/.. is adopted,
 * A/HRC/../L.n is a draft).
 */
final class DocumentRules {

    static final String WHOLE = "document";

    private DocumentRules() {
    }

    static List<Finding> check(Resolution r) {
        List<Finding> findings = new ArrayList<>();
        if (r.operative().isEmpty()) {
            findings.add(Rule.NO_OPERATIVE.at(WHOLE, r.preamble().size() + " PP"));
        }
        Masthead m = r.masthead();
        boolean footStates = r.adoption() != null && r.adoption().meeting() != null;
        if (m.headingDate() != null && footStates && r.adoption().date() != null
                && !m.headingDate().equals(r.adoption().date())) {
            findings.add(Rule.ADOPTION_DISAGREES.at(WHOLE, m.headingDate() + " / " + r.adoption().date()));
        }
        boolean statesAdoption = m.headingSaysAdopted() || r.adoption() != null;
        if (r.symbol() != null && !r.symbol().isResolution() && !r.symbol().isDecision() && statesAdoption) {
            findings.add(Rule.ADOPTION_DISAGREES.at(WHOLE, r.symbol().value()));
        }
        return findings;
    }
}
