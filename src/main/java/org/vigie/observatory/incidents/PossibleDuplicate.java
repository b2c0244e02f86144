package org.vigie.observatory.incidents;

/** Two incidents that may be the same event, for an analyst to merge or dismiss. */
public record PossibleDuplicate(IncidentSummary first, IncidentSummary second) {
}
