package org.vigie.audit;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks the chain in id order and stops at the first entry that does not hold: a gap in the ids, a
 * link to a previous entry that is not that entry, a MAC (or, before the chain was keyed, a hash)
 * that does not match the content, an entry that differs from a signed checkpoint. At the end, a
 * chain shorter than its latest checkpoint was cut.
 */
final class ChainWalker {
    private final ChainHash mac;
    private final long legacyUntil;
    private final NavigableMap<Long, Checkpoint> checkpoints;
    private long checked;
    private long expectedId;
    private String prevHash;
    private AuditVerification broken;

    /**
     * @param legacyUntil the last entry chained by a plain hash (0 when the chain was keyed from the start)
     * @param checkpoints the signed checkpoints, by the entry they cover
     */
    ChainWalker(ChainHash mac, long legacyUntil, NavigableMap<Long, Checkpoint> checkpoints) {
        this(mac, legacyUntil, checkpoints, 1, ChainHash.GENESIS);
    }

    /** A walk that starts after entry {@code fromId - 1}, whose link was {@code prevHash}. */
    ChainWalker(ChainHash mac, long legacyUntil, NavigableMap<Long, Checkpoint> checkpoints, long fromId, String prevHash) {
        this.mac = mac;
        this.legacyUntil = legacyUntil;
        this.checkpoints = new TreeMap<>(checkpoints);
        this.expectedId = fromId;
        this.prevHash = prevHash;
    }

    /** Returns false once the chain is broken, to stop the walk. */
    boolean accept(AuditEntry e) {
        String problem = problemWith(e);
        if (problem != null) {
            broken = new AuditVerification(checked, e.id(), problem, last());
            return false;
        }
        checked++;
        expectedId = e.id() + 1;
        prevHash = e.hash();
        return true;
    }

    private String problemWith(AuditEntry e) {
        if (e.id() != expectedId) {
            return "entries " + expectedId + " to " + (e.id() - 1) + " are missing";
        }
        if (!e.prevHash().equals(prevHash)) {
            return "its link to the previous entry does not match";
        }
        if (e.id() <= legacyUntil) {
            if (!ChainHash.legacy(e).equals(e.hash())) {
                return "its content was changed after it was written";
            }
        } else if (!mac.of(e).equals(e.hash())) {
            return ChainHash.legacy(e).equals(e.hash())
                    ? "it carries a plain hash where a MAC under the audit key is due: the chain was recomputed without the key"
                    : "its MAC does not match its content: it was changed after it was written (or the audit key is not the one that wrote it)";
        }
        Checkpoint c = checkpoints.get(e.id());
        if (c != null && !c.mac().equals(e.hash())) {
            return "it differs from the signed checkpoint of " + c.at() + ": the chain was rewritten";
        }
        return null;
    }

    AuditVerification result() {
        if (broken != null) {
            return broken;
        }
        Checkpoint last = last();
        long head = expectedId - 1;
        if (last != null && last.seq() > head) {
            return new AuditVerification(checked, head + 1, "entries " + (head + 1) + " to " + last.seq()
                    + " are missing: the signed checkpoint of " + last.at() + " covers " + last.seq()
                    + " entries but the database ends at entry " + head, last);
        }
        return new AuditVerification(checked, null, null, last);
    }

    String head() {
        return prevHash;
    }

    long headId() {
        return expectedId - 1;
    }

    private Checkpoint last() {
        return checkpoints.isEmpty() ? null : checkpoints.lastEntry().getValue();
    }
}
