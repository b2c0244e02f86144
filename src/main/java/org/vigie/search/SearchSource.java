package org.vigie.search;

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
}
