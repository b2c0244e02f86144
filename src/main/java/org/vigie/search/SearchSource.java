package org.vigie.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a capability implements to put its records into search: it names its kind and hands over
 * every current document when the index is rebuilt.
 *
 * <p>An interface because every capability (texts, tracker, observatory, registries) provides one.
 * Day-to-day changes go straight to {@link SearchIndex#index} and {@link SearchIndex#delete}; this is
 * only read by {@link SearchIndex#rebuild}.
 */
public interface SearchSource {

    /** The kind of every document this source gives, for example {@code recommendation}. */
    String kind();

    /**
     * Passes every current document of this kind to {@code sink}, one at a time, so a large table
     * can be streamed rather than loaded whole.
     */
    void forEach(Consumer<SearchDocument> sink);

    /**
     * The current document of this kind with this id, or empty if there is none any more: what
     * {@link SearchIndex#catchUp} indexes for a change a crash kept from the index's disk. This default walks
     * every document; a source whose changes are queued ({@link SearchPendingStore}) reads the one by its key.
     */
    default Optional<SearchDocument> document(String id) {
        SearchDocument[] found = new SearchDocument[1];
        forEach(d -> {
            if (d.id().equals(id)) {
                found[0] = d;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The current documents a change logged under {@code key} ({@link SearchPendingStore}) stands for, or none when the
     * record is gone (the document of that id is then removed from the index). By default the one document of that id;
     * a source whose log key is a group of documents (every paragraph of a text) gives them all.
     */
    default java.util.List<SearchDocument> documentsOf(String key) {
        return document(key).map(java.util.List::of).orElse(java.util.List.of());
    }

    /**
     * {@link #documentsOf(String)} for several keys at once, as a node following the change log reads them: every key
     * given is in the answer, with no document when its record is gone. By default one read per key; a source whose
     * table a large import fills reads a batch in one query, so that a node does not make one read per imported row.
     */
    default java.util.Map<String, java.util.List<SearchDocument>> documentsOf(java.util.Collection<String> keys) {
        java.util.Map<String, java.util.List<SearchDocument>> found = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            found.put(key, documentsOf(key));
        }
        return found;
    }

    /**
     * The documents of {@code keys} that are record ids, read in one go by {@code read} (the records of those ids that
     * still exist), one document each; a key that is no number, or whose record is gone, has none.
     */
    static <T> java.util.Map<String, java.util.List<SearchDocument>> byIds(java.util.Collection<String> keys,
            java.util.function.Function<java.util.List<Long>, java.util.List<T>> read, java.util.function.Function<T, SearchDocument> document) {
        java.util.Map<String, java.util.List<SearchDocument>> found = new java.util.LinkedHashMap<>();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (String key : keys) {
            found.put(key, java.util.List.of());
            try {
                ids.add(Long.parseLong(key));
            } catch (NumberFormatException e) {
                // not a record's id: no document
            }
        }
        for (T record : read.apply(ids)) {
            SearchDocument d = document.apply(record);
            found.put(d.id(), java.util.List.of(d));
        }
        return found;
    }

    /**
     * The documents of {@code keys} found by one walk over {@link #forEach}: for a source with no read by key, so that a
     * batch costs one walk rather than one per key.
     */
    static java.util.Map<String, java.util.List<SearchDocument>> byWalking(SearchSource source, java.util.Collection<String> keys) {
        java.util.Map<String, java.util.List<SearchDocument>> found = new java.util.LinkedHashMap<>();
        keys.forEach(k -> found.put(k, new java.util.ArrayList<>()));
        source.forEach(d -> {
            java.util.List<SearchDocument> of = found.get(d.id());
            if (of != null) {
                of.add(d);
            }
        });
        return found;
    }
}
