package org.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.vigie.security.Principal;

/**
 * Vigie's full-text index: capabilities write their documents to it, callers search it and see only
 * what their role allows.
 *
 * <p>Every write is visible to the next search (a near-real-time reader, refreshed before a search that
 * follows a write). Durability comes two ways: {@link #index(SearchDocument, long)} leaves the document
 * to a group commit about once a second ({@link GroupCommit}), the change's row in the database queue
 * ({@link SearchPendingStore}) standing for it until then; the other writes commit before returning. Safe
 * to share between threads. The database stays the source of truth; the index can always be rebuilt from
 * it with {@link #rebuild}.
 */
public final class SearchIndex implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);

    /** Documents written one at a time carry this generation; a rebuild replaces it with its own. */
    private static final String LIVE_GENERATION = "live";
    /** The indexing buffer of {@link #indexAll}: large enough for a big import's documents in a few segments. */
    private static final double BATCH_BUFFER_MB = 128;

    private final Directory directory;
    private final Analyzer analyzer;
    // Replaced, under the rebuild lock's write side, when a fault (a full disk) closed the writer: see heal().
    private volatile IndexWriter writer;
    private volatile FreshReader searchers;
    /** What catchUp was last given: the queue is indexed again from them after the writer is reopened. */
    private volatile List<SearchSource> sources = List.of();
    private volatile boolean replayOwed;
    /** Set once the index was rebuilt because it had followed another log: catchUp after a heal must not rebuild again. */
    private volatile boolean rebuiltForEpoch;
    /** Set while heal() runs: its replay writes, and a failed write would otherwise heal again from within. */
    private final java.util.concurrent.atomic.AtomicBoolean healing = new java.util.concurrent.atomic.AtomicBoolean();
    private final Snippets snippets;
    private final SearchPendingStore queue;
    private final GroupCommit commits;
    /** Follows the change log into this index; null for an index of no database. */
    private final SearchFollower follower;
    /** The identity of the log the index's last commit followed, read at open (commits made since record the current one). */
    private final String followedEpoch;
    // Writes share the lock (the writer is thread-safe); a rebuild takes it alone, so that no write interleaves
    // with it, no reader is refreshed and nothing is committed halfway through it.
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();

    private SearchIndex(Directory directory, SearchPendingStore queue) throws IOException {
        this.directory = directory;
        this.analyzer = FoldingAnalyzer.perField();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        try {
            this.searchers = new FreshReader(writer);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer);
            throw e;
        }
        this.snippets = new Snippets(analyzer);
        this.queue = queue;
        this.commits = new GroupCommit(() -> this.writer, rebuildLock.readLock(), this::heal);
        this.followedEpoch = GroupCommit.read(writer.getLiveCommitData(), GroupCommit.EPOCH_KEY);
        if (queue == null) {
            this.follower = null;
        } else {
            String horizon = GroupCommit.read(writer.getLiveCommitData(), GroupCommit.HORIZON_KEY);
            // An index of no position (new, or of a version before the log) reads the log from its start: the rows
            // of search_pending that V100 carried over are then indexed, as catchUp did before.
            this.follower = new SearchFollower(this, queue, horizon == null ? 0 : Long.parseLong(horizon));
            commits.recordPositions(follower, queue, queue.state().epoch().toString());
        }
    }

    /**
     * Opens the index kept in {@code directory} (the app uses {@code <data>/search}), creating it if
     * absent, without a queue: {@link #index(SearchDocument, long)} is then only for rows of no database.
     * Only one open index may write to a directory at a time, in this process or another.
     *
     * @throws IllegalStateException if the index is already open, for example by a running server
     */
    public static SearchIndex open(Path directory) {
        return open(directory, null);
    }

    /** Opens the index kept in {@code directory}, whose changes are queued in {@code queue} until committed. */
    public static SearchIndex open(Path directory, SearchPendingStore queue) {
        try {
            return over(PrivateIndexDirectory.open(directory), queue);
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
            return over(new ByteBuffersDirectory(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchIndex over(Directory directory, SearchPendingStore queue) throws IOException {
        try {
            return new SearchIndex(directory, queue);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** The database queue that changes are recorded in, in their own transaction ({@link #index(SearchDocument, long)}). */
    public SearchPendingStore queue() {
        if (queue == null) {
            throw new IllegalStateException("this search index has no queue in a database");
        }
        return queue;
    }

    /** Adds {@code document}, or replaces the one of the same kind and id, and commits it before returning. */
    public void index(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        write(() -> upsert(document));
    }

    /**
     * Adds or replaces {@code document} without waiting for a commit: the next search sees it, the next group
     * commit (within about a second, or at close) makes it durable; {@code pending}, the log row that
     * {@link SearchPendingStore#add} gave in the transaction of the change, is then not read again by this node
     * (other nodes read it and index the document too). Read the document after that transaction has committed.
     */
    public void index(SearchDocument document, long pending) {
        Objects.requireNonNull(document, "document");
        rebuildLock.readLock().lock();
        try {
            upsert(document);
            if (follower != null) {
                follower.indexedHere(pending);
            }
            searchers.wrote();
        } catch (IOException | AlreadyClosedException e) {
            // The change is committed in the database and its queue row stands for the document: the caller's
            // work is done, and the document is indexed again from the queue once the writer is back.
            LOG.warn("search: a document could not be indexed ({}); it will be from the queue", e.toString());
        } finally {
            rebuildLock.readLock().unlock();
        }
        heal();
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
                    upsert(document);
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
     * Brings the index up to the change log ({@link SearchPendingStore}): every change above the position its last
     * commit recorded (those another node made while this one was stopped, and those a crash kept from the index's
     * disk) is read again from its source; one whose record no longer exists is removed from the index. When the
     * log is not the one the index followed (a database restored) or was pruned past the index's position (this
     * node was taken for gone), the index is rebuilt from {@code sources} instead. Called at start, before serving;
     * returns how many changes it applied.
     */
    public int catchUp(List<SearchSource> sources) {
        this.sources = List.copyOf(sources);
        if (follower == null) {
            return 0;
        }
        SearchPendingStore.State state = queue.state();
        String epoch = followedEpoch;
        if (epoch != null && !epoch.equals(state.epoch().toString()) && !rebuiltForEpoch) {
            rebuiltForEpoch = true;
            LOG.warn("search: the index followed another change log (a database restored?); rebuilding it");
            rebuild(sources);
            return 0;
        }
        int applied = 0;
        try {
            applied += follower.pass();
        } catch (SearchFollower.LogPruned e) {
            LOG.warn("search: {}; rebuilding this node's index from the database", e.getMessage());
            rebuild(sources);
        }
        return applied;
    }

    /** Follows the change log from now on, in a thread of its own, until {@link #close}; call {@link #catchUp} first. */
    public void follow() {
        if (follower != null) {
            follower.start();
        }
    }

    /** A change may be waiting in the log (a notification came): the follower reads it now rather than at its next poll. */
    public void wake() {
        if (follower != null) {
            follower.wake();
        }
    }

    /** How far this index is behind the change log. */
    public SearchLag lag() {
        if (follower == null) {
            return SearchLag.NOT_FOLLOWING;
        }
        SearchFollower.Lag l = follower.lag();
        return new SearchLag(l.changesBehind(), l.secondsBehind(), true);
    }

    /** Rebuilds from the sources last given to {@link #catchUp}: the log was pruned past this index's position. */
    void rebuildFollowed() {
        rebuild(sources);
    }

    /**
     * Writes the current documents of {@code changes} (read from the log, in order) without committing; returns how
     * many changes there were. Each document is read once however often it changed; a kind no source gives is skipped.
     */
    int applyChanges(List<SearchPendingStore.Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        Map<String, SearchSource> byKind = new HashMap<>();
        sources.forEach(source -> byKind.put(source.kind(), source));
        Map<String, java.util.Set<String>> keys = SearchFollower.byKind(changes);
        rebuildLock.readLock().lock();
        try {
            for (Map.Entry<String, java.util.Set<String>> kind : keys.entrySet()) {
                SearchSource source = byKind.get(kind.getKey());
                if (source != null) {
                    List<String> all = new java.util.ArrayList<>(kind.getValue());
                    for (int from = 0; from < all.size(); from += BATCH) {
                        applyBatch(source, all.subList(from, Math.min(all.size(), from + BATCH)));
                    }
                }
            }
            searchers.wrote();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
        return changes.size();
    }

    /** How many changed documents of one kind a follower reads at once. */
    private static final int BATCH = 500;

    private void applyBatch(SearchSource source, List<String> keys) throws IOException {
        Map<String, List<SearchDocument>> found;
        try {
            found = source.documentsOf(keys);
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw e;
        } catch (RuntimeException e) {
            // One key the source cannot read must not keep the others from the index: read them one by one.
            for (String key : keys) {
                apply(source, key);
            }
            return;
        }
        for (String key : keys) {
            replace(source.kind(), key, found.getOrDefault(key, List.of()));
        }
    }

    private void apply(SearchSource source, String key) throws IOException {
        List<SearchDocument> documents;
        try {
            documents = source.documentsOf(key);
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw e;
        } catch (RuntimeException e) {
            // A key the source cannot read (a fault of its own, not the database's): logged, and the log moves on
            // rather than stopping every later change; a rebuild repairs it.
            LOG.warn("search: the {} document {} could not be read from its source: {}", source.kind(), key, e.toString());
            return;
        }
        replace(source.kind(), key, documents);
    }

    private void replace(String kind, String key, List<SearchDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            writer.deleteDocuments(DocumentMapping.keyTerm(kind, key));
        }
        for (SearchDocument d : documents) {
            upsert(d);
        }
    }

    /**
     * The layout of the documents this code writes. Raised when fields change meaning, so that an index written by
     * an earlier version is rebuilt at start: layout 2 added the coded text that roles without access to identities
     * search alone (an index without it would find nothing for them).
     */
    static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "vigie.layout";

    /** Whether the index was written with {@link #LAYOUT}; false for an index of an earlier version, or a new one. */
    public boolean layoutCurrent() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return false;
        }
        for (Map.Entry<String, String> e : data) {
            if (LAYOUT_KEY.equals(e.getKey())) {
                return LAYOUT.equals(e.getValue());
            }
        }
        return false;
    }

    /**
     * Rebuilds the index from {@code sources} if it was written with another layout, then records the layout in the
     * index's commit, where it stays with every later commit; returns the rebuild's report, or null when none was needed.
     */
    public RebuildReport rebuildIfLayoutChanged(List<SearchSource> sources) {
        if (layoutCurrent()) {
            return null;
        }
        RebuildReport report = rebuild(sources);
        rebuildLock.writeLock().lock();
        try {
            write(() -> {
                writer.setLiveCommitData(GroupCommit.with(writer.getLiveCommitData(), Map.of(LAYOUT_KEY, LAYOUT)).entrySet());
                writer.commit();
            });
        } finally {
            rebuildLock.writeLock().unlock();
        }
        return report;
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
        // The position is taken before the rebuild reads anything: every transaction below it had ended, so the
        // rebuild sees its changes, and every change from it on is read again from the log afterwards. Nodes
        // keep serving meanwhile; this one goes on serving its old index until the rebuild's commit.
        long from = follower == null ? -1 : queue.now();
        if (follower != null) {
            // Written now, so that pruning keeps the rows from this position while the rebuild runs (minutes, on a
            // large database) and this node does not find its position pruned once it is done.
            queue.moved(from);
        }
        rebuildLock.writeLock().lock();
        try {
            write(rebuild::run);
        } finally {
            rebuildLock.writeLock().unlock();
        }
        if (follower != null) {
            // Outside the lock: a pass under way waits for it while holding the follower.
            follower.resetTo(from);
        }
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
        boolean coded = !principal.role().seesIdentities();
        Query codedText = coded ? UserQueryParser.overCodedText(analyzer).parseUserText(query.text()) : null;
        Query filtered = restrict(coded ? VisibilityFilter.readableText(text, codedText) : text, query.kind(), principal);
        try {
            return searchOnce(filtered, text, codedText, query);
        } catch (AlreadyClosedException e) {
            heal();
            return searchOnce(filtered, text, codedText, query);
        }
    }

    private SearchResults searchOnce(Query filtered, Query text, Query codedText, SearchQuery query) {
        try {
            refreshIfStale();
            FreshReader readers = searchers;
            IndexSearcher searcher = readers.acquire();
            try {
                return page(searcher, filtered, text, codedText, query);
            } finally {
                readers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Reopens the writer if a fault closed it (Lucene closes it on a failed flush, for instance when the disk is
     * full, and every later call then fails with {@link AlreadyClosedException}), then indexes again what the
     * database queue still holds: the documents the closed writer lost. Called after failures, never under the
     * rebuild lock; when the disk is still full it fails quietly and is tried again at the next failure.
     */
    private void heal() {
        if (writer.isOpen() && !replayOwed || !healing.compareAndSet(false, true)) {
            return;
        }
        try {
            reopen();
        } finally {
            healing.set(false);
        }
    }

    private static void closeQuietly(FreshReader readers) {
        try {
            readers.close();
        } catch (IOException | RuntimeException e) {
            // the readers of a writer closed by a fault: nothing left to save in them
        }
    }

    private void reopen() {
        rebuildLock.writeLock().lock();
        try {
            if (!writer.isOpen()) {
                LOG.warn("search: the index writer was closed by a fault ({}); reopening it",
                        String.valueOf(writer.getTragicException()));
                IndexWriter reopened = new IndexWriter(directory, new IndexWriterConfig(analyzer));
                closeQuietly(searchers);
                searchers = new FreshReader(reopened);
                writer = reopened;
                replayOwed = true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search: the index writer cannot be reopened yet: {}", e.toString());
            return;
        } finally {
            rebuildLock.writeLock().unlock();
        }
        if (follower != null) {
            // What the closed writer held beyond its last commit is lost: back to the position that commit recorded.
            String horizon = GroupCommit.read(writer.getLiveCommitData(), GroupCommit.HORIZON_KEY);
            follower.resetTo(horizon == null ? 0 : Long.parseLong(horizon));
        }
        replay();
    }

    private void replay() {
        try {
            int n = catchUp(sources);
            replayOwed = false;
            LOG.info("search: index writer reopened; {} queued changes indexed again", n);
        } catch (RuntimeException e) {
            LOG.warn("search: queued changes not indexed again yet: {}", e.toString());
        }
    }

    /** Commits what waits for the group commit, then releases the index and its files. */
    @Override
    public void close() {
        if (follower != null) {
            follower.stop();
            try {
                follower.pass();
            } catch (RuntimeException e) {
                // The database away at stop: the next start reads the log from the position already committed.
                LOG.info("search: last pass over the change log not made at close: {}", e.getClass().getSimpleName());
            }
        }
        rebuildLock.writeLock().lock();
        try {
            commits.stopAndCommit();
            searchers.close();
            writer.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    /**
     * The page of hits; with {@code codedText} (a caller who does not see identities), a document holding free text
     * shows its coded title and a snippet of its coded body only, cut with the query over the coded fields.
     */
    private SearchResults page(IndexSearcher searcher, Query filtered, Query text, Query codedText, SearchQuery query)
            throws IOException {
        // Counting every hit (no threshold) keeps the total exact rather than "1000 or more".
        TopDocs top = searcher.search(filtered,
                new TopScoreDocCollectorManager(query.offset() + query.limit(), null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] scoreDocs = top.scoreDocs;
        for (int i = query.offset(); i < scoreDocs.length; i++) {
            Document doc = stored.document(scoreDocs[i].doc);
            boolean coded = codedText != null && !DocumentMapping.open(doc);
            String snippet = coded ? snippets.of(codedText, doc.get(Fields.CODED_BODY), doc.get(Fields.LANGUAGE), true)
                    : snippets.of(text, doc.get(Fields.BODY), doc.get(Fields.LANGUAGE));
            hits.add(DocumentMapping.toHit(doc, scoreDocs[i].score, snippet, coded));
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

    private void upsert(SearchDocument document) throws IOException {
        writer.updateDocument(DocumentMapping.keyTerm(document.kind(), document.id()),
                DocumentMapping.toLucene(document, LIVE_GENERATION));
    }

    /** Makes the reader see every write made before; during a rebuild the old reader is kept, as the rebuild promises. */
    private void refreshIfStale() throws IOException {
        if (!rebuildLock.readLock().tryLock()) {
            return;
        }
        try {
            searchers.catchUp();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Runs {@code change} and commits what it wrote, even when it fails halfway; a writer closed by a fault is reopened. */
    private void write(IndexWrite change) {
        try {
            writeOnce(change);
        } catch (AlreadyClosedException e) {
            heal();
            writeOnce(change);
        } catch (UncheckedIOException e) {
            heal();
            throw e;
        }
    }

    private void writeOnce(IndexWrite change) {
        rebuildLock.readLock().lock();
        try {
            try {
                change.run();
            } catch (IOException | RuntimeException e) {
                commitKeeping(e);
                throw e;
            }
            commitAndMarkStale();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private void commitKeeping(Exception failure) {
        try {
            commitAndMarkStale();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void commitAndMarkStale() throws IOException {
        searchers.wrote();
        commits.commit();
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
