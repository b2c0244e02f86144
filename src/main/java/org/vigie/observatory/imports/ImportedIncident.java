package org.vigie.observatory.imports;

import java.util.List;
import java.util.Objects;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.victims.VictimDraft;

/**
 * One incident an import read, with the victims described one by one (an ODK submission's repeat group;
 * none for ACLED, which only counts fatalities) and the line or row it came from, for messages.
 */
public record ImportedIncident(int line, IncidentDraft incident, List<VictimDraft> victims) {

    public ImportedIncident {
        Objects.requireNonNull(incident, "incident");
        victims = List.copyOf(victims);
    }
}
