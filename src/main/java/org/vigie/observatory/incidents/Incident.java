package org.vigie.observatory.incidents;

import java.time.Instant;
import java.util.List;
import org.vigie.observatory.links.IncidentLink;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;

/**
 * An incident as stored: when, where (P-code of its gazetteer edition, locality, coordinates), what (title,
 * descriptions, acts with their alleged perpetrators), who reported it (sources), where verification
 * stands and who moved it last, whether it is restricted (sexual or gender-based violence), where the
 * record came from, and its links to other incidents. Victims are read apart (V008).
 */
public record Incident(long id, String reference, IncidentDate date, PCode place, String gazetteerEdition, String locality,
                       Double latitude, Double longitude, String title, String descriptionFr, String descriptionEn,
                       VerificationStatus status, String verifiedBy, Instant verifiedAt, boolean restricted, Origin origin,
                       String externalId, String createdBy, Instant createdAt, Instant updatedAt, List<IncidentAct> acts,
                       List<IncidentSource> sources, List<IncidentLink> links) {

    public Incident {
        acts = List.copyOf(acts);
        sources = List.copyOf(sources);
        links = List.copyOf(links);
    }

    /** The incident this one was merged into, if an analyst marked it a duplicate. */
    public java.util.Optional<IncidentLink> duplicateOf() {
        return links.stream().filter(l -> l.outgoing() && l.kind() == LinkKind.DUPLICATE_OF).findFirst();
    }

    Incident withLinks(List<IncidentLink> newLinks) {
        return new Incident(id, reference, date, place, gazetteerEdition, locality, latitude, longitude, title, descriptionFr,
                descriptionEn, status, verifiedBy, verifiedAt, restricted, origin, externalId, createdBy, createdAt, updatedAt,
                acts, sources, newLinks);
    }
}
