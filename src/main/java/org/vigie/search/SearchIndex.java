package org.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.vigie.security.Principal;

/**
 * Vigie's full-text index: capabilities write their documents to it, callers search it and see only
 * what their role allows.
 *
 * <p>Every write is committed (so a crash loses nothing that was acknowledged) and is visible to
 * the next search. Safe to share between threads. The database stays the source of truth; the index
 * can always be rebuilt from it with {@link #rebuild}.
 */
public final class SearchIndex implements AutoCloseable {

    /** Documents written one at a time carry this generation; a rebuild replaces it with its own. */
    private static final String LIVE_GENERATION = "live";
    /** The indexing buffer of {@link #indexAll}: large enough for a big import's documents in a few segments. */
    private static final double BATCH_BUFFER_MB = 128;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets;
    // Writes are rare (people entering records), so one lock keeps a rebuild from interleaving with
    // them and makes sure no reader is refreshed halfway through a rebuild.
    private final ReentrantLock writeLock = new ReentrantLock();

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = FoldingAnalyzer.perField();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        try {
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer);
            throw e;
        }
        this.snippets = new Snippets(analyzer);
    }

    /**
     * Opens the index kept in {@code directory} (the app uses {@code <data>/search}), creating it if
     * absent. Only one open index may write to a directory at a time, in this process or another.
     *
     * @throws IllegalStateException if the index is already open, for example by a running server
     */
    public static SearchIndex open(Path directory) {
        try {
            return over(FSDirectory.open(directory));
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index in " + directory
                    + " is in use by another process or another SearchIndex; stop it first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + directory, e);
        }
    }

    /** An index held in memory only, lost on close; for tests. */
    public static SearchIndex inMemory() {
        try {
            return over(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchIndex over(Directory directory) throws IOException {
        try {
            return new SearchIndex(directory);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** Adds {@code document}, or replaces the one of the same kind and id. */
    public void index(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        write(() -> writer.updateDocument(
                DocumentMapping.keyTerm(document.kind(), document.id()),
                DocumentMapping.toLucene(document, LIVE_GENERATION)));
    }

    /**
     * Adds (or replaces) every document {@code documents} gives its sink, with one commit at the end instead
     * of one per document: a commit costs milliseconds, so 250,000 documents one by one took minutes.
     */
    public void indexAll(java.util.function.Consumer<java.util.function.Consumer<SearchDocument>> documents) {
        Objects.requireNonNull(documents, "documents");
        // A larger buffer while a batch is written: at the default 16 MB, 250,000 documents make dozens of
        // small segments, each flushed and then merged again. The config is live, so it is restored after.
        double buffer = writer.getConfig().getRAMBufferSizeMB();
        writer.getConfig().setRAMBufferSizeMB(BATCH_BUFFER_MB);
        try {
            write(() -> documents.accept(document -> {
                try {
                    writer.updateDocument(DocumentMapping.keyTerm(document.kind(), document.id()),
                            DocumentMapping.toLucene(document, LIVE_GENERATION));
                } catch (IOException e) {
                    throw new UncheckedIOException("search index write failed", e);
                }
            }));
        } finally {
            writer.getConfig().setRAMBufferSizeMB(buffer);
        }
    }

    /** Removes the document of this kind and id; nothing happens if there is none. */
    public void delete(String kind, String id) {
        Term key = DocumentMapping.keyTerm(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(id, "id"));
        write(() -> writer.deleteDocuments(key));
    }

    /**
     * Replaces the whole content of the index with the documents of {@code sources}, and says how
     * many of each kind it indexed.
     *
     * <p>Searches see the old index until the single commit at the end, and the new one after it.
     * If a source fails, the failure is rethrown after committing the documents already read (they
     * are current); nothing is deleted, so the index is never emptier than before. A source giving
     * a document of another kind than its own is such a failure.
     *
     * @throws IllegalArgumentException if two sources share a kind
     */
    public RebuildReport rebuild(List<SearchSource> sources) {
        long start = System.nanoTime();
        IndexRebuild rebuild = new IndexRebuild(writer, sources);
        write(rebuild::run);
        return new RebuildReport(rebuild.counts(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The page of documents matching {@code query} that {@code principal} may see, best first. */
    public SearchResults search(SearchQuery query, Principal principal) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(principal, "principal");
        Query text = new UserQueryParser(analyzer).parseUserText(query.text());
        if (text instanceof MatchNoDocsQuery) {
            return SearchResults.none(query.offset());
        }
        Query filtered = restrict(text, query.kind(), principal);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return page(searcher, filtered, text, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** Commits nothing new (every write is already committed) and releases the index and its files. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            writeLock.unlock();
        }
    }

    private SearchResults page(IndexSearcher searcher, Query filtered, Query text, SearchQuery query)
            throws IOException {
        // Counting every hit (no threshold) keeps the total exact rather than "1000 or more".
        TopDocs top = searcher.search(filtered,
                new TopScoreDocCollectorManager(query.offset() + query.limit(), null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] scoreDocs = top.scoreDocs;
        for (int i = query.offset(); i < scoreDocs.length; i++) {
            Document doc = stored.document(scoreDocs[i].doc);
            String snippet = snippets.of(text, doc.get(Fields.BODY), doc.get(Fields.LANGUAGE));
            hits.add(DocumentMapping.toHit(doc, scoreDocs[i].score, snippet));
        }
        return new SearchResults(top.totalHits.value, query.offset(), hits);
    }

    private static Query restrict(Query text, String kind, Principal principal) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(VisibilityFilter.of(principal), Occur.FILTER);
        if (kind != null) {
            query.add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
        }
        return query.build();
    }

    /** Runs {@code change} and commits what it wrote, even when it fails halfway. */
    private void write(IndexWrite change) {
        writeLock.lock();
        try {
            try {
                change.run();
            } catch (IOException | RuntimeException e) {
                commitKeeping(e);
                throw e;
            }
            commitAndRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void commitKeeping(Exception failure) {
        try {
            commitAndRefresh();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
