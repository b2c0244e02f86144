package org.vigie.web;

/**
 * What the web layer is told before each request of what lies beneath it: whether the database answers
 * (and if not, why, in words), and how much the disk of the data directory still takes.
 *
 * @param databaseReason "restarting", "down: unreachable"; empty when the database is up
 * @param freeBytes      free space on the data directory's disk
 */
public record ServiceState(boolean databaseUp, String databaseReason, Disk disk, long freeBytes) {

    /** What the disk still takes. */
    public enum Disk {
        /** Everything. */
        OK,
        /** Records, but no more uploads or imports: they are the large writes, refused first. */
        NO_UPLOADS,
        /** Nothing new: only reads, logins and the audit trail, until space returns. */
        NO_WRITES
    }

    public ServiceState {
        databaseReason = databaseReason == null ? "" : databaseReason;
        disk = disk == null ? Disk.OK : disk;
    }

    /** All well, as far as anyone knows; for servers with nothing beneath them to watch. */
    public static ServiceState healthy() {
        return new ServiceState(true, "", Disk.OK, Long.MAX_VALUE);
    }
}
