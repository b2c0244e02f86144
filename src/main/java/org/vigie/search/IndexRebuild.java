package org.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One rebuild of the index from its sources: every document is upserted with a mark unique to this
 * rebuild, then every document without the mark is deleted. The caller commits.
 *
 * <p>Upserting rather than deleting everything first means a failing source leaves the index with
 * all it had, refreshed where the rebuild got to, instead of half empty.
 */
final class IndexRebuild {

    private final IndexWriter writer;
    private final List<SearchSource> sources;
    private final String generation = "rebuild-" + UUID.randomUUID();
    private final Map<String, Long> counts = new TreeMap<>();

    /** @throws IllegalArgumentException if two sources share a kind */
    IndexRebuild(IndexWriter writer, List<SearchSource> sources) {
        this.writer = writer;
        this.sources = List.copyOf(sources);
        requireDistinctKinds(this.sources);
    }

    void run() throws IOException {
        for (SearchSource source : sources) {
            counts.put(source.kind(), 0L);
            source.forEach(document -> upsert(source, document));
        }
        writer.deleteDocuments(notOfThisGeneration());
    }

    Map<String, Long> counts() {
        return counts;
    }

    private void upsert(SearchSource source, SearchDocument document) {
        if (!document.kind().equals(source.kind())) {
            throw new IllegalArgumentException("source of kind " + source.kind()
                    + " gave a document of kind " + document.kind() + " (id " + document.id() + ")");
        }
        try {
            writer.updateDocument(DocumentMapping.keyTerm(document.kind(), document.id()),
                    DocumentMapping.toLucene(document, generation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.merge(source.kind(), 1L, Long::sum);
    }

    private Query notOfThisGeneration() {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.GENERATION, generation)), Occur.MUST_NOT)
                .build();
    }

    private static void requireDistinctKinds(List<SearchSource> sources) {
        Set<String> kinds = new HashSet<>();
        for (SearchSource source : sources) {
            if (!kinds.add(source.kind())) {
                throw new IllegalArgumentException("two search sources give kind " + source.kind());
            }
        }
    }
}
