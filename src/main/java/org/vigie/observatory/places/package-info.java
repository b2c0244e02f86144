/**
 * Mali's regions, cercles and communes from OCHA's code list: the {@link
 * org.vigie.observatory.places.Gazetteer}, P-codes, and the region → cercle → commune cascade of forms.
 */
package org.vigie.observatory.places;
