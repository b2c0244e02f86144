package org.vigie.observatory.incidents;

import java.util.List;

/**
 * One act of an incident: its type (the code of a term of HURIDOCS' "Types of acts" list or of Vigie's
 * extension list), victims counted but not recorded one by one (an ACLED event's fatalities), and its
 * alleged perpetrators.
 */
public record ActDraft(String actType, int unrecordedVictims, List<PerpetratorDraft> perpetrators) {

    public ActDraft {
        perpetrators = List.copyOf(perpetrators);
    }
}
