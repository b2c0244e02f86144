package org.vigie.audit;

/** Walks the chain in id order and stops at the first entry that does not hold. */
final class ChainWalker {
    private long checked;
    private long expectedId = 1;
    private String prevHash = ChainHash.GENESIS;
    private AuditVerification broken;

    /** Returns false once the chain is broken, to stop the walk. */
    boolean accept(AuditEntry e) {
        String problem = problemWith(e);
        if (problem != null) {
            broken = AuditVerification.broken(checked, e.id(), problem);
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
        if (!e.expectedHash().equals(e.hash())) {
            return "its content was changed after it was written";
        }
        return null;
    }

    AuditVerification result() {
        return broken != null ? broken : AuditVerification.ok(checked);
    }
}
