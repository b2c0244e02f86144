package org.vigie.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many documents the caller may see match the query, across all pages
 */
public record SearchResults(long total, int offset, List<SearchHit> hits) {

    public SearchResults {
        if (total < 0 || offset < 0) {
            throw new IllegalArgumentException("total and offset must not be negative");
        }
        hits = List.copyOf(hits);
    }

    static SearchResults none(int offset) {
        return new SearchResults(0, offset, List.of());
    }
}
