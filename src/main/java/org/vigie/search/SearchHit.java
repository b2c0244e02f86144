package org.vigie.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One result of a search.
 *
 * @param snippet an HTML fragment of the body: text escaped, matched words wrapped in {@code <mark>};
 *     safe to render as is
 */
public record SearchHit(String kind, String id, String title, String url, String snippet, float score, Instant updatedAt) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
