/**
 * Full-text search across every capability, in French and English, showing each caller only what
 * their role allows.
 *
 * <p>Owns the Lucene index under {@code <data>/search}. Capabilities feed it through
 * {@link org.vigie.search.SearchIndex#index} and {@link org.vigie.search.SearchIndex#delete} when
 * their records change, and implement {@link org.vigie.search.SearchSource} so that
 * {@code vigie reindex} can rebuild it from the database. Its only SQL is the queue of changes not yet
 * committed to the index ({@link org.vigie.search.SearchPendingStore}); no web framework here.
 */
package org.vigie.search;
