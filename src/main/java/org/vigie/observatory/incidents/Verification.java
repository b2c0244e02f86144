package org.vigie.observatory.incidents;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.links.LinkKind;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * An analyst's work on recorded incidents: moving verification through {@link VerificationStatus}'s allowed
 * moves (who and when kept on the incident, every move audited), linking incidents, and examining possible
 * duplicates: merging one into the other ({@code duplicate_of}) or saying they are distinct
 * ({@code not_duplicate}, never flagged again). Analysts and administrators only.
 */
public final class Verification {
    private final Jdbi jdbi;
    private final IncidentReviewStore store;
    private final AuditStore audit;
    private final Supplier<Vocabulary> vocabulary;
    private volatile Consumer<String> publishedDataChange = who -> { };

    /** Reads the vocabulary of the moment ({@link Observatory#vocabulary}), terms administrators added included. */
    public Verification(Jdbi jdbi, AuditStore audit, Supplier<Vocabulary> vocabulary) {
        this.jdbi = jdbi;
        this.store = new IncidentReviewStore(jdbi);
        this.audit = audit;
        this.vocabulary = vocabulary;
    }

    /**
     * Tells {@code listener} who moved an incident into or out of "verified", after the move commits: the
     * published figures count verified incidents only, so the public portal publishes again.
     */
    public void whenPublishedDataChange(Consumer<String> listener) {
        this.publishedDataChange = listener;
    }

    /** Reported → pending verification: an analyst starts examining the report. */
    public void examine(Principal who, String ip, long id) {
        move(who, ip, id, VerificationStatus.PENDING_VERIFICATION);
    }

    public void verify(Principal who, String ip, long id) {
        move(who, ip, id, VerificationStatus.VERIFIED);
    }

    public void dismiss(Principal who, String ip, long id) {
        move(who, ip, id, VerificationStatus.DISMISSED);
    }

    /** A verified or dismissed incident goes back to examination when new information arrives. */
    public void reopen(Principal who, String ip, long id) {
        move(who, ip, id, VerificationStatus.PENDING_VERIFICATION);
    }

    /** Moves an incident to {@code target} when {@link VerificationStatus#moveTo} allows it. */
    public void move(Principal who, String ip, long id, VerificationStatus target) {
        requireAnalyst(who);
        VerificationStatus before = jdbi.inTransaction(h -> {
            VerificationStatus now = store.lockStatus(h, id).orElseThrow(() -> new NotFound("incident " + id));
            now.moveTo(target);
            store.setStatus(h, id, target, who.username());
            audit.record(h, AuditEvent.of(who.username(), "incident.verification", "incident:" + id, ip)
                    .with("from", now.name().toLowerCase(java.util.Locale.ROOT))
                    .with("to", target.name().toLowerCase(java.util.Locale.ROOT)));
            return now;
        });
        if (before == VerificationStatus.VERIFIED || target == VerificationStatus.VERIFIED) {
            publishedDataChange.accept(who.username());
        }
    }

    /** Links {@code from} to {@code to}: "from is a duplicate of / the same event as / related to to". */
    public void link(Principal who, String ip, long from, long to, LinkKind kind) {
        requireAnalyst(who);
        if (from == to) {
            throw new InvalidInput("to", "observatory.incident.self_link");
        }
        long a = kind == LinkKind.NOT_DUPLICATE ? Math.min(from, to) : from;
        long b = kind == LinkKind.NOT_DUPLICATE ? Math.max(from, to) : to;
        jdbi.useTransaction(h -> {
            store.lockStatus(h, from).orElseThrow(() -> new NotFound("incident " + from));
            store.restricted(h, to).orElseThrow(() -> new NotFound("incident " + to));
            if (kind == LinkKind.DUPLICATE_OF && store.isDuplicate(h, from)) {
                throw new InvalidInput("to", "observatory.incident.already_duplicate");
            }
            if (store.link(h, a, b, kind, who.username())) {
                audit.record(h, AuditEvent.of(who.username(), "incident.linked", "incident:" + a, ip)
                        .with("kind", kind.code()).with("to", Long.toString(b)));
            }
        });
    }

    /** Merges {@code duplicate} into {@code kept}: the duplicate stops being flagged and points to the record kept. */
    public void merge(Principal who, String ip, long duplicate, long kept) {
        link(who, ip, duplicate, kept, LinkKind.DUPLICATE_OF);
    }

    /** Remembers that two incidents flagged as possible duplicates are distinct. */
    public void notDuplicate(Principal who, String ip, long a, long b) {
        link(who, ip, a, b, LinkKind.NOT_DUPLICATE);
    }

    /** Possible duplicates across all incidents, newest first, at most {@code limit} pairs examined. */
    public List<PossibleDuplicate> possibleDuplicates(Principal who, int limit) {
        return similar(store.closePairs(null, who.role().seesIdentities(), limit));
    }

    /** Possible duplicates of one incident. */
    public List<PossibleDuplicate> possibleDuplicatesOf(Principal who, long id) {
        return similar(store.closePairs(id, who.role().seesIdentities(), 50));
    }

    private List<PossibleDuplicate> similar(List<long[]> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        pairs.forEach(p -> {
            ids.add(p[0]);
            ids.add(p[1]);
        });
        List<long[]> kept = new DuplicateFinder(vocabulary.get()).similarPairs(pairs, store.candidates(ids));
        Map<Long, IncidentSummary> summaries = store.summaries(ids);
        return kept.stream().map(p -> new PossibleDuplicate(summaries.get(p[0]), summaries.get(p[1]))).toList();
    }

    static void requireAnalyst(Principal who) {
        if (who.role() != Role.ANALYST && who.role() != Role.ADMINISTRATOR) {
            throw new Forbidden(who.username() + " may not verify incidents");
        }
    }
}
