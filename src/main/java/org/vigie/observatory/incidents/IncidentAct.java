package org.vigie.observatory.incidents;

import java.util.List;

/** One stored act of an incident: its type (a vocabulary code), victims counted but not recorded one by one, its alleged perpetrators. */
public record IncidentAct(long id, String actType, int unrecordedVictims, List<PerpetratorDraft> perpetrators) {

    public IncidentAct {
        perpetrators = List.copyOf(perpetrators);
    }
}
