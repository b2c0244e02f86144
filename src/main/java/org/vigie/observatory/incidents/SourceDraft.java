package org.vigie.observatory.incidents;

import java.time.LocalDate;

/**
 * Who or what reported an incident: the kind (a term of HURIDOCS' "Types of source material" list, or a
 * Vigie term), a description that does not identify a person, when it was reported, and its reliability
 * (a term of HURIDOCS' "Reliability" list).
 */
public record SourceDraft(String kind, String description, LocalDate reportedOn, String reliability) {
}
