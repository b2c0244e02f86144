package org.vigie.search;

import java.util.Objects;

/**
 * What a caller asks the index: free text as typed by a user, an optional kind and a page.
 *
 * <p>The text may contain anything; operators it understands ({@code "phrase"}, {@code -word},
 * {@code a | b}, {@code pref*}) are described in {@code docs/search.md}, and anything else is taken
 * as words.
 *
 * @param kind only documents of this kind, or {@code null} for all kinds
 */
public record SearchQuery(String text, String kind, int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    /** Deep pages cost memory in proportion to offset; nobody reads page 500 of a search. */
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (kind != null && kind.isBlank()) {
            kind = null;
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** The first page of results for {@code text}, across all kinds. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, 0, DEFAULT_LIMIT);
    }

    public SearchQuery ofKind(String newKind) {
        return new SearchQuery(text, newKind, offset, limit);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(text, kind, newOffset, newLimit);
    }
}
