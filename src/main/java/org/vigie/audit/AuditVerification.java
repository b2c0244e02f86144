package org.vigie.audit;

/**
 * The result of checking the whole chain: how many entries were read and, when the chain is broken,
 * the first entry that does not hold and why.
 */
public record AuditVerification(long entriesChecked, Long firstBrokenId, String problem) {
    public boolean intact() {
        return firstBrokenId == null;
    }

    static AuditVerification ok(long checked) {
        return new AuditVerification(checked, null, null);
    }

    static AuditVerification broken(long checked, long id, String problem) {
        return new AuditVerification(checked, id, problem);
    }
}
