package org.vigie.tracker.recommendations;

import java.util.function.Consumer;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchSource;

/** Recommendations and commitments, searchable by every role: they are public documents. */
public final class RecommendationSearchSource implements SearchSource {
    static final String KIND = "recommendation";
    private final Tracker tracker;

    public RecommendationSearchSource(Tracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        tracker.store().forEach(r -> sink.accept(document(r)));
    }

    /** One recommendation read by its key: what a node following the search log reads for each change (issue 18). */
    @Override
    public java.util.Optional<SearchDocument> document(String id) {
        try {
            return tracker.store().byId(Long.parseLong(id)).map(RecommendationSearchSource::document);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** A batch of changed recommendations read in one query. */
    @Override
    public java.util.Map<String, java.util.List<SearchDocument>> documentsOf(java.util.Collection<String> keys) {
        return SearchSource.byIds(keys, tracker.store()::byIds, RecommendationSearchSource::document);
    }

    static SearchDocument document(TrackedRecommendation r) {
        return new SearchDocument(KIND, Long.toString(r.id()),
                r.documentSymbol() == null ? r.reference() : r.documentSymbol() + " " + (r.paragraph() == null ? "" : r.paragraph()),
                r.text() + " " + String.join(" ", r.themes()) + " " + String.join(" ", r.recommendingStates()),
                r.language().equals("fr") || r.language().equals("en") ? r.language() : null,
                "/tracker/" + r.id(), Tracker.everyone(), null, r.importedAt());
    }
}
