package org.vigie.texts.library;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.search.SearchIndex;
import org.vigie.texts.Finding;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextImportException;
import org.vigie.texts.chain.ResolutionChain;
import org.vigie.texts.chain.ResolutionChains;
import org.vigie.texts.chain.StoredText;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.compare.ComparedTexts;
import org.vigie.texts.export.AkomaNtosoWriter;
import org.vigie.texts.export.ComparisonDocx;
import org.vigie.texts.export.CleanTextRenderer;
import org.vigie.texts.reading.TextImporter;

/**
 * The texts Vigie holds: importing a file (once: the same bytes again give the stored text), reading
 * it back parsed, checked, rendered, exported or compared.
 */
public final class TextLibrary {
    /** An import's outcome: the text, and whether it was already there. */
    public record Imported(TextSummary text, boolean alreadyThere) {
    }

    /** Chains read every stored text; the cache holds a few hundred readings (a few kB each). */
    private static final int CACHE_SIZE = 256;
    private final Jdbi jdbi;
    private final TextStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final TextImporter importer = new TextImporter();
    private final Map<Long, Resolution> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Resolution> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    public TextLibrary(Jdbi jdbi, AuditStore audit, SearchIndex search) {
        this.jdbi = jdbi;
        this.store = new TextStore(jdbi);
        this.audit = audit;
        this.search = search;
    }

    /** Reads and stores a file; a file Vigie cannot read is refused on field {@code file} with the reason. */
    public Imported importFile(String actor, String ip, String fileName, byte[] bytes, boolean demo) {
        return importFile(actor, ip, fileName, bytes, demo, null);
    }

    /**
     * Reads and stores a file as a new version of {@code previousId} (null: a text of its own). The
     * same bytes again give the text already stored, whatever the name; so does a file saying the same
     * ({@link TextFingerprint}: the text re-saved, or in another format).
     */
    public Imported importFile(String actor, String ip, String fileName, byte[] bytes, boolean demo, Long previousId) {
        String name = cleanName(fileName);
        if (previousId != null && store.summary(previousId).isEmpty()) {
            throw new InvalidInput("previous", "error.text.unknown_previous", previousId);
        }
        Resolution parsed = parse(bytes, name);
        String sha = sha256(bytes);
        String content = TextFingerprint.of(parsed);
        long[] id = new long[1];
        boolean existed = jdbi.inTransaction(h -> {
            var known = store.idOf(h, sha).or(() -> {
                fingerprintOlder(h);
                return store.idOfContent(h, content);
            });
            if (known.isPresent()) {
                id[0] = known.get();
                return true;
            }
            id[0] = store.insert(h, name, sha, content, bytes, parsed, actor, demo, previousId);
            audit.record(h, AuditEvent.of(actor, "text.imported", "text:" + id[0], ip).with("file", name));
            return false;
        });
        cache.put(id[0], parsed);
        TextSummary summary = summary(id[0]);
        if (!existed) {
            TextSearchSource.documents(summary, parsed).forEach(search::index);
        }
        return new Imported(summary, existed);
    }

    /** Fingerprints the texts stored before fingerprints were kept, once (a few dozen texts at most). */
    private void fingerprintOlder(Handle h) {
        store.unfingerprinted(h).forEach((older, file) -> store.fingerprint(h, older,
                TextFingerprint.of(parse(store.original(older).orElseThrow(), file))));
    }

    public List<TextSummary> all() {
        return store.all();
    }

    public TextSummary summary(long id) {
        return store.summary(id).orElseThrow(() -> new NotFound("text " + id));
    }

    /** The text read again from its original (kept in a small cache). */
    public Resolution resolution(long id) {
        Resolution cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        TextSummary s = summary(id);
        Resolution r = parse(store.original(id).orElseThrow(() -> new NotFound("text " + id)), s.fileName());
        cache.put(id, r);
        return r;
    }

    /** The texts imported as next versions of this one. */
    public List<TextSummary> nextVersions(long id) {
        return store.nextVersions(id);
    }

    /**
     * The other language versions of a text: stored texts with the same symbol in another language, the other
     * Expressions of the same Work. A draft (no symbol) has none.
     */
    public List<TextSummary> otherLanguages(long id) {
        TextSummary s = summary(id);
        if (s.symbol() == null) {
            return List.of();
        }
        return all().stream().filter(t -> t.id() != id && s.symbol().equals(t.symbol()) && t.language() != s.language())
                .toList();
    }

    /** The chains of resolutions the stored texts make (docs/texts.md, "The chain of resolutions on a subject"). */
    public List<ResolutionChain> chains() {
        return ResolutionChains.of(stored());
    }

    /** The chain named {@code key}; an unknown one is not found. */
    public ResolutionChain chain(String key) {
        if (key == null || !key.matches("[a-z0-9-]{1,80}")) {
            throw new NotFound("chain " + key);
        }
        return ResolutionChains.named(stored(), key).orElseThrow(() -> new NotFound("chain " + key));
    }

    /** The chain a text is in, if any. */
    public Optional<ResolutionChain> chainOf(long id) {
        return ResolutionChains.containing(stored(), id);
    }

    /** Every stored text read; one the reader no longer accepts is left out of the chains rather than failing them. */
    private List<StoredText> stored() {
        List<StoredText> texts = new ArrayList<>();
        for (TextSummary t : all()) {
            try {
                texts.add(new StoredText(t.id(), resolution(t.id())));
            } catch (InvalidInput unreadable) {
                // reported on the text's own page
            }
        }
        return texts;
    }

    public List<Finding> findings(long id) {
        return new DraftingCheck().check(resolution(id));
    }

    /** The clean numbered text; the export is audited like every export. */
    public String cleanText(String actor, String ip, long id) {
        String text = new CleanTextRenderer().render(resolution(id));
        audit.record(AuditEvent.of(actor, "text.exported", "text:" + id, ip).with("format", "text"));
        return text;
    }

    /** The Akoma Ntoso XML; the export is audited like every export. */
    public String akomaNtoso(String actor, String ip, long id, LocalDate today) {
        String xml = new AkomaNtosoWriter().write(resolution(id), today);
        audit.record(AuditEvent.of(actor, "text.exported", "text:" + id, ip).with("format", "akn"));
        return xml;
    }

    /**
     * Two stored texts compared: versions of one resolution, or two different resolutions (one year's and the next)
     * paired by content, with what is new in the operative part.
     */
    public ComparedTexts compare(long older, long newer) {
        return ComparedTexts.of(resolution(older), resolution(newer));
    }

    /** The comparison as a Word document for a delegation, in the reader's language; audited like every export. */
    public byte[] comparisonDocx(String actor, String ip, long older, long newer, Messages messages, Lang lang) {
        byte[] docx = new ComparisonDocx(messages, lang).write(summary(older).label(), summary(newer).label(),
                compare(older, newer));
        audit.record(AuditEvent.of(actor, "text.exported", "text:" + newer, ip).with("format", "docx")
                .with("compared_with", "text:" + older));
        return docx;
    }

    private Resolution parse(byte[] bytes, String name) {
        try {
            return importer.read(bytes, name);
        } catch (TextImportException e) {
            throw new InvalidInput("file", e.messageKey(), e.args());
        }
    }

    private static String cleanName(String fileName) {
        String n = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (n.isEmpty()) {
            throw new InvalidInput("file", "error.required");
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
