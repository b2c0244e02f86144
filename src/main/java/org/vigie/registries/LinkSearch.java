package org.vigie.registries;

import java.util.List;
import org.vigie.observatory.links.References;

/**
 * The link search an entry's page shows: the field searched ({@code incident} or {@code recommendation}), what was
 * typed, and the records it suggests, each a one-click link.
 */
public record LinkSearch(String field, String q, List<References.Suggestion> suggestions) {
    public static final LinkSearch NONE = new LinkSearch("", null, List.of());

    public LinkSearch {
        suggestions = List.copyOf(suggestions);
    }

    /** What was typed in {@code f}'s search box, or null. */
    public String qFor(String f) {
        return f.equals(field) ? q : null;
    }

    public List<References.Suggestion> suggestionsFor(String f) {
        return f.equals(field) ? suggestions : List.of();
    }
}
