package org.vigie.observatory;

import java.time.Instant;
import java.util.List;

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
