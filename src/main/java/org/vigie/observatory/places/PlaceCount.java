package org.vigie.observatory.places;

/** How many incidents a region or cercle holds, for the map. {@code name} is the gazetteer's name, or the code when unknown. */
public record PlaceCount(PCode place, String name, long incidents) {
}
