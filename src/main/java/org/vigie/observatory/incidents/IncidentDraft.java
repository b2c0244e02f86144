package org.vigie.observatory.incidents;

import java.util.List;
import java.util.Objects;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.vocabulary.Origin;

/**
 * An incident as a form or an import describes it, before it is checked against the gazetteer and the
 * vocabulary and stored: when, where (the most precise P-code known, an optional locality and
 * coordinates), a title, a description in French and/or English, its acts and its sources. Victims are
 * described apart ({@link VictimDraft}) because their identities are protected.
 *
 * <p>{@code externalId} is the identifier the origin gives the event (ACLED's {@code event_id_cnty},
 * ODK's {@code instanceID}); with the origin it makes a repeated import recognisable.
 */
public record IncidentDraft(IncidentDate date, PCode place, String locality, Double latitude, Double longitude,
                            String title, String descriptionFr, String descriptionEn, List<ActDraft> acts,
                            List<SourceDraft> sources, Origin origin, String externalId) {

    public IncidentDraft {
        Objects.requireNonNull(origin, "origin");
        acts = List.copyOf(acts);
        sources = List.copyOf(sources);
    }
}
