package org.vigie.web;

/** The data directory's disk is too full for this write; reads, logins and the audit trail go on. */
final class DiskFull extends RuntimeException {
    DiskFull() {
        super("disk full", null, false, false);
    }
}
