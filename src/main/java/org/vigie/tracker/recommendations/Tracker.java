package org.vigie.tracker.recommendations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.NotFound;
import org.vigie.files.ImportProgress;
import org.vigie.search.SearchIndex;
import org.vigie.texts.Commitment;
import org.vigie.texts.Resolution;
import org.vigie.texts.library.TextSummary;
import org.vigie.tracker.imports.ImportResult;
import org.vigie.tracker.imports.ImportSummary;
import org.vigie.tracker.imports.RecommendationBatchStore;
import org.vigie.tracker.imports.RecommendationImporter;

/**
 * The tracker: recommendations imported from OHCHR's lists and UHRI exports, and the commitments a
 * Council resolution asks of the State. Imports land whole or not at all, and again change nothing.
 */
public final class Tracker {
    /**
     * What an import did: how many recommendations the file held, how many were new; and how long the
     * search indexing after the commit took (reported apart: at 250,000 rows it is a large share).
     */
    public record Outcome(ImportSummary summary, int added, int alreadyThere, int otherLanguageAdded, long indexingMillis) {
    }

    /** The values the list's filters offer, read once and again after an import adds recommendations. */
    public record Facets(List<String> themes, List<String> states, List<Integer> cycles) {
    }

    private final Jdbi jdbi;
    private final RecommendationStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final RecommendationBatchStore batches = new RecommendationBatchStore();
    private final RecommendationImporter importer = new RecommendationImporter();
    private volatile Facets facets;

    public Tracker(Jdbi jdbi, AuditStore audit, SearchIndex search) {
        this.jdbi = jdbi;
        this.store = new RecommendationStore(jdbi);
        this.audit = audit;
        this.search = search;
    }

    /** Reads a file without storing anything: what an import would do, or every error it would stop on. */
    public ImportResult read(byte[] bytes, String fileName) {
        return importer.read(bytes, fileName);
    }

    /** Reads a file from a stream without storing anything; a .csv is read as it comes (see {@link RecommendationImporter#read(java.io.InputStream, String)}). */
    public ImportResult read(java.io.InputStream in, String fileName) {
        return importer.read(in, fileName);
    }

    /** Imports a file in one transaction; the first error is thrown (naming its line and column) and nothing is written. */
    public Outcome importFile(String actor, String ip, String fileName, byte[] bytes) {
        return store(actor, ip, fileName, importer.read(bytes, fileName));
    }

    /** Imports a file read from a stream (a .csv is not held whole); otherwise as {@link #importFile(String, String, String, byte[])}. */
    public Outcome importFile(String actor, String ip, String fileName, java.io.InputStream in) {
        return importFile(actor, ip, fileName, in, new ImportProgress());
    }

    /**
     * Imports a file read from a stream, telling {@code progress} of the phases after reading (storing,
     * indexing); the caller counts the reading itself with {@link ImportProgress#reading}.
     */
    public Outcome importFile(String actor, String ip, String fileName, java.io.InputStream in, ImportProgress progress) {
        return store(actor, ip, fileName, importer.read(in, fileName), progress);
    }

    private Outcome store(String actor, String ip, String fileName, ImportResult result) {
        return store(actor, ip, fileName, result, new ImportProgress());
    }

    private Outcome store(String actor, String ip, String fileName, ImportResult result, ImportProgress progress) {
        if (!result.succeeded()) {
            throw result.errors().get(0).toInvalidInput();
        }
        List<Recommendation> all = result.recommendations();
        progress.phase(ImportProgress.Phase.STORING, all.size());
        long before = store.maxId();
        RecommendationBatchStore.Counts counts = jdbi.inTransaction(h -> {
            RecommendationBatchStore.Counts c = batches.insertAllIfNew(h, all, actor);
            audit.record(h, AuditEvent.of(actor, "recommendations.imported", "file:" + fileName, ip)
                    .with("recommendations", Integer.toString(all.size())).with("added", Integer.toString(c.added()))
                    .with("other_language_added", Integer.toString(c.otherLanguageAdded())));
            return c;
        });
        int added = counts.added();
        progress.phase(ImportProgress.Phase.INDEXING, added);
        long indexing = added > 0 ? indexAbove(before) : 0;
        return new Outcome(result.summary(), added, all.size() - added, counts.otherLanguageAdded(), indexing);
    }

    /** Follows the State's commitments found in a resolution; those already followed are left as they are. */
    public Outcome trackCommitments(String actor, String ip, TextSummary text, Resolution resolution) {
        List<String> references = new ArrayList<>();
        List<Recommendation> commitments = new ArrayList<>();
        int[] perParagraph = new int[resolution.operative().size() + 2];
        for (Commitment c : resolution.commitments()) {
            int k = c.paragraph() < perParagraph.length ? ++perParagraph[c.paragraph()] : 1;
            references.add((text.symbol() != null ? text.symbol() : "text-" + text.id()) + "#OP" + c.paragraph() + "." + k);
            commitments.add(new Recommendation(c.action(), resolution.language().name().toLowerCase(java.util.Locale.ROOT),
                    SourceMechanism.RESOLUTION_COMMITMENT, null, resolution.session(), text.symbol(), Integer.toString(c.paragraph()),
                    List.of(), Position.PENDING, List.of(), List.of(), List.of(), null, null));
        }
        long before = store.maxId();
        int added = jdbi.inTransaction(h -> {
            int n = 0;
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = resolution.commitments().get(i);
                n += store.insertIfNew(h, references.get(i), commitments.get(i), text.id(), c.addressee(), c.deadline(), actor)
                        == RecommendationStore.Stored.ADDED ? 1 : 0;
            }
            audit.record(h, AuditEvent.of(actor, "commitments.tracked", "text:" + text.id(), ip).with("added", Integer.toString(n)));
            return n;
        });
        long indexing = added > 0 ? indexAbove(before) : 0;
        return new Outcome(ImportSummary.of(commitments), added, commitments.size() - added, 0, indexing);
    }

    public List<TrackedRecommendation> find(RecommendationFilter filter) {
        return store.find(filter);
    }

    public long count(RecommendationFilter filter) {
        return store.count(filter);
    }

    public TrackedRecommendation byId(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("recommendation " + id));
    }

    public List<String> themes() {
        return facets().themes();
    }

    /** Themes, recommending States and cycles present; a distinct scan of every row, so kept until the next import. */
    public Facets facets() {
        Facets f = facets;
        if (f == null) {
            f = new Facets(store.themes(), store.recommendingStates(), store.cycles());
            facets = f;
        }
        return f;
    }

    public List<TrackedRecommendation> ofText(long textId) {
        return store.ofText(textId);
    }

    public RecommendationStore store() {
        return store;
    }

    /**
     * Forgets the facets and indexes what was just added (ids are given in order, and only added rows take
     * new ones); returns the milliseconds the indexing took.
     */
    private long indexAbove(long id) {
        facets = null;
        long start = System.nanoTime();
        search.indexAll(sink -> store.forEachAbove(id, r -> sink.accept(RecommendationSearchSource.document(r))));
        return (System.nanoTime() - start) / 1_000_000;
    }

    static Set<org.vigie.security.Role> everyone() {
        return java.util.EnumSet.allOf(org.vigie.security.Role.class);
    }
}
