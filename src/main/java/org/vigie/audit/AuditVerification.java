package org.vigie.audit;

/**
 * The result of checking the whole chain: how many entries were read and, when the trail does not
 * hold, the first entry that does not and why; and the latest signed checkpoint it was held against
 * (null when there is none yet), which says how many entries the trail had at that time.
 */
public record AuditVerification(long entriesChecked, Long firstBrokenId, String problem, Checkpoint lastCheckpoint) {
    public boolean intact() {
        return firstBrokenId == null;
    }

    /** How many entries the latest checkpoint covers, 0 when there is none. */
    public long checkpointCovers() {
        return lastCheckpoint == null ? 0 : lastCheckpoint.seq();
    }
}
