package org.vigie.observatory.incidents;

import org.vigie.observatory.places.PCode;

/** One line of the incident list: enough to recognise an incident and open it. */
public record IncidentSummary(long id, String reference, IncidentDate date, PCode place, String title,
                              VerificationStatus status, boolean restricted) {
}
