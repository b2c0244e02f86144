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
import org.vigie.texts.library.TextLibrary;
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
    /** The State Vigie follows (ISO 3166 alpha-2): a list of another is imported only when confirmed. */
    private final String state;

    public Tracker(Jdbi jdbi, AuditStore audit, SearchIndex search, String state) {
        this.jdbi = jdbi;
        this.store = new RecommendationStore(jdbi);
        this.audit = audit;
        this.search = search;
        this.state = state;
    }

    /** The State Vigie follows, whose recommendations reports and the portal count. */
    public String state() {
        return state;
    }

    /** Reads a file without storing anything: what an import would do, or every error it would stop on. */
    public ImportResult read(byte[] bytes, String fileName) {
        return importer.read(bytes, fileName);
    }

    /** Reads a file from a stream without storing anything; a .csv is read as it comes (see {@link RecommendationImporter#read(java.io.InputStream, String)}). */
    public ImportResult read(java.io.InputStream in, String fileName) {
        return importer.read(in, fileName);
    }

    /**
     * Imports a file in one transaction; the first error is thrown (naming its line and column) and nothing is written.
     * A list of a State other than the one Vigie follows is refused ({@link OtherState}).
     */
    public Outcome importFile(String actor, String ip, String fileName, byte[] bytes) {
        return importFile(actor, ip, fileName, bytes, null);
    }

    /** As {@link #importFile(String, String, String, byte[])}; a list of the State {@code confirmed} is taken too. */
    public Outcome importFile(String actor, String ip, String fileName, byte[] bytes, String confirmed) {
        return store(actor, ip, fileName, importer.read(bytes, fileName), new ImportProgress(), confirmed);
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
        return importFile(actor, ip, fileName, in, progress, null);
    }

    /** As {@link #importFile(String, String, String, java.io.InputStream, ImportProgress)}; a list of the State {@code confirmed} is taken too. */
    public Outcome importFile(String actor, String ip, String fileName, java.io.InputStream in, ImportProgress progress,
                              String confirmed) {
        return store(actor, ip, fileName, importer.read(in, fileName), progress, confirmed);
    }

    private Outcome store(String actor, String ip, String fileName, ImportResult result, ImportProgress progress, String confirmed) {
        if (!result.succeeded()) {
            throw result.errors().get(0).toInvalidInput();
        }
        String listState = result.state();
        if (listState != null && !listState.equals(state) && !listState.equalsIgnoreCase(blankless(confirmed))) {
            throw new OtherState(listState, state);
        }
        List<Recommendation> all = result.recommendations();
        progress.phase(ImportProgress.Phase.STORING, all.size());
        long before = store.maxId();
        RecommendationBatchStore.Counts counts = jdbi.inTransaction(h -> {
            RecommendationBatchStore.Counts c = batches.insertAllIfNew(h, all, actor, listState);
            audit.record(h, AuditEvent.of(actor, "recommendations.imported", "file:" + fileName, ip)
                    .with("recommendations", Integer.toString(all.size())).with("added", Integer.toString(c.added()))
                    .with("other_language_added", Integer.toString(c.otherLanguageAdded()))
                    .with("state", listState == null ? "" : listState));
            return c;
        });
        int added = counts.added();
        progress.phase(ImportProgress.Phase.INDEXING, added);
        long indexing = added > 0 ? indexAbove(before) : 0;
        return new Outcome(result.summary(), added, all.size() - added, counts.otherLanguageAdded(), indexing);
    }

    /**
     * Follows the State's commitments found in a text. A text tracked already is left as it is. When an earlier
     * version of the text (its {@code previous} chain) has items, they are carried forward ({@link CommitmentCarry}):
     * an unchanged commitment keeps its item, a reworded one keeps it marked "text changed", a new one makes a new
     * item, and an item whose paragraph is gone is closed as dropped from the text.
     */
    public Outcome trackCommitments(String actor, String ip, TextSummary text, TextLibrary texts) {
        Resolution resolution = texts.resolution(text.id());
        List<Commitment> found = resolution.commitments();
        List<Recommendation> commitments = new ArrayList<>();
        for (Commitment c : found) {
            commitments.add(commitment(c, text, resolution));
        }
        long before = store.maxId();
        Carry done = jdbi.inTransaction(h -> {
            if (!store.openOfText(h, text.id()).isEmpty()) {
                return new Carry(0, 0, 0, 0, List.of());
            }
            TextSummary earlier = earlierTracked(h, text, texts);
            CommitmentCarry.Plan plan = earlier == null
                    ? new CommitmentCarry.Plan(List.of(), java.util.stream.IntStream.range(0, found.size()).boxed().toList(), List.of())
                    : CommitmentCarry.plan(texts.resolution(earlier.id()), store.openOfText(h, earlier.id()), resolution);
            List<Long> changed = new ArrayList<>();
            for (CommitmentCarry.Carried c : plan.carried()) {
                store.carry(h, c.item().id(), text.id(), Integer.toString(c.commitment().paragraph()), c.commitment().action(),
                        language(resolution), c.commitment().addressee(), c.commitment().deadline(), c.changed() ? c.item().text() : null);
                if (c.changed()) {
                    changed.add(c.item().id());
                }
            }
            int added = 0;
            for (int i : plan.added()) {
                String reference = reference(h, text, found, i);
                added += store.insertIfNew(h, reference, commitments.get(i), text.id(), found.get(i).addressee(),
                        found.get(i).deadline(), actor) == RecommendationStore.Stored.ADDED ? 1 : 0;
            }
            for (TrackedRecommendation item : plan.dropped()) {
                store.drop(h, item.id(), text.id());
                changed.add(item.id());
            }
            audit.record(h, AuditEvent.of(actor, "commitments.tracked", "text:" + text.id(), ip)
                    .with("added", Integer.toString(added)).with("carried", Integer.toString(plan.carried().size()))
                    .with("changed", Integer.toString(changed.size() - plan.dropped().size()))
                    .with("dropped", Integer.toString(plan.dropped().size()))
                    .with("from_text", earlier == null ? "none" : Long.toString(earlier.id())));
            return new Carry(added, plan.carried().size(), changed.size() - plan.dropped().size(), plan.dropped().size(), changed);
        });
        long indexing = done.added() > 0 ? indexAbove(before) : 0;
        reindex(done.touched());
        return new Outcome(ImportSummary.of(commitments), done.added(), commitments.size() - done.added(), 0, indexing);
    }

    /** What tracking a version did: items added, carried (changed among them) and dropped, and those to index again. */
    private record Carry(int added, int carried, int changed, int dropped, List<Long> touched) {
    }

    /** The nearest earlier version in the text's {@code previous} chain that has open items, or null. */
    private TextSummary earlierTracked(org.jdbi.v3.core.Handle h, TextSummary text, TextLibrary texts) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Long p = text.previousId(); p != null && seen.add(p); ) {
            TextSummary earlier = texts.summary(p);
            if (!store.openOfText(h, p).isEmpty()) {
                return earlier;
            }
            p = earlier.previousId();
        }
        return null;
    }

    private static Recommendation commitment(Commitment c, TextSummary text, Resolution resolution) {
        return new Recommendation(c.action(), language(resolution), SourceMechanism.RESOLUTION_COMMITMENT, null,
                resolution.session(), text.symbol(), Integer.toString(c.paragraph()), List.of(), Position.PENDING, List.of(),
                List.of(), List.of(), null, null);
    }

    private static String language(Resolution resolution) {
        return resolution.language().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stable reference of the {@code i}-th commitment: the text's symbol (or id), paragraph, and rank in it. */
    private String reference(org.jdbi.v3.core.Handle h, TextSummary text, List<Commitment> found, int i) {
        int k = 0;
        for (int j = 0; j <= i; j++) {
            k += found.get(j).paragraph() == found.get(i).paragraph() ? 1 : 0;
        }
        String reference = (text.symbol() != null ? text.symbol() : "text-" + text.id()) + "#OP" + found.get(i).paragraph() + "." + k;
        // Versions of a draft may share a symbol: a new paragraph's reference then names the version too.
        return store.referenceTaken(h, reference) ? reference + "@" + text.id() : reference;
    }

    private void reindex(List<Long> ids) {
        if (!ids.isEmpty()) {
            facets = null;
            search.indexAll(sink -> ids.forEach(id -> store.byId(id).ifPresent(r -> sink.accept(RecommendationSearchSource.document(r)))));
        }
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

    /** Forgets the facets: recommendations changed, perhaps on another node (org.vigie.cluster, issue 18). */
    public void forgetFacets() {
        facets = null;
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

    private static String blankless(String s) {
        return s == null ? "" : s.strip();
    }
}
