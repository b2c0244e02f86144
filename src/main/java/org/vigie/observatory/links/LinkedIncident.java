package org.vigie.observatory.links;

import java.time.Instant;
import java.util.List;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.places.PCode;

/**
 * An incident linked to a recommendation, as a reader of the recommendation may see it: reference, date,
 * place, act types (codes) and verification status, never its title, descriptions or victims.
 */
public record LinkedIncident(long id, String reference, IncidentDate date, PCode place, List<String> actTypes,
                             VerificationStatus status, String note, String linkedBy, Instant linkedAt) {
    public LinkedIncident {
        actTypes = List.copyOf(actTypes);
    }
}
