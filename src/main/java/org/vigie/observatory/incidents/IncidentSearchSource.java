package org.vigie.observatory.incidents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchSource;
import org.vigie.security.Role;

/**
 * Incidents in search, without any victim detail (victims are not part of the document). Roles that see only
 * coded fields ({@link IncidentDisclosure}) search and see the document's coded text only: reference, date, place
 * down to the cercle, acts. A restricted
 * incident (sexual or gender-based violence) is visible only to administrators and analysts, the roles
 * always in the restricted view, and to the monitor who recorded it; the others to every role that reads incidents. Focal points and validators never see incidents.
 */
public final class IncidentSearchSource implements SearchSource {
    static final String KIND = "incident";
    static final Set<Role> READERS = EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST, Role.MONITOR, Role.OBSERVER);

    private final Observatory observatory;

    public IncidentSearchSource(Observatory observatory) {
        this.observatory = observatory;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        observatory.store().forEachAbove(0, i -> sink.accept(document(i, observatory.gazetteer(), observatory.vocabulary())));
    }

    /** The incident as it is now, for a change the search index's queue still holds after a crash. */
    @Override
    public Optional<SearchDocument> document(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return observatory.store().byId(key).map(observatory::document);
    }

    /** A batch of changed incidents read in three queries, acts included, as a rebuild reads them. */
    @Override
    public java.util.Map<String, java.util.List<SearchDocument>> documentsOf(java.util.Collection<String> keys) {
        return SearchSource.byIds(keys, observatory.store()::byIds, observatory::document);
    }

    static Set<Role> visibility(boolean restricted) {
        return restricted ? EnumSet.copyOf(READERS.stream().filter(Observatory::listsRestrictedFor).toList()) : READERS;
    }

    static SearchDocument document(Incident i, Gazetteer gazetteer, Vocabulary vocabulary) {
        String places = placeNames(i.place(), gazetteer);
        String acts = i.acts().stream().map(a -> vocabulary.term(a.actType())
                        .map(t -> t.label().english() + " " + t.label().french()).orElse(a.actType()))
                .collect(Collectors.joining(" "));
        String body = String.join(" ", nz(i.descriptionFr()), nz(i.descriptionEn()), nz(i.locality()), places, acts);
        String language = i.descriptionFr() != null ? "fr" : i.descriptionEn() != null ? "en" : null;
        // What roles that see only coded fields search and see (IncidentDisclosure): the place down to the cercle,
        // the acts, the date; never the title, descriptions or locality.
        String codedPlaces = placeNames(IncidentDisclosure.place(i.place(), Role.OBSERVER), gazetteer);
        String codedBody = String.join(" ", i.date().start().toString(), codedPlaces, acts);
        return new SearchDocument(KIND, Long.toString(i.id()), i.reference() + " " + i.title(), body, language,
                "/incidents/" + i.id(), visibility(i.restricted()), null, i.updatedAt(), i.restricted() ? i.createdBy() : null,
                i.reference(), codedBody);
    }

    /** The names of the commune, cercle and region, so that a search by place name finds the incident. */
    static String placeNames(PCode place, Gazetteer gazetteer) {
        StringBuilder names = new StringBuilder();
        for (PCode p = place; p != null; p = p.parent().orElse(null)) {
            gazetteer.find(p).ifPresent(u -> names.append(u.name()).append(' '));
        }
        return names.toString().strip() + " " + place.value().toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
