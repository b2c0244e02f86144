package org.vigie.reports.disclosure;

/** What a published table shows of one count. */
public enum Disclosure {
    /** The count itself, 5 or more. */
    SHOWN,
    /** A count from 0 to 4, shown as "&lt;5" (primary suppression). */
    SMALL,
    /** A count of 5 or more hidden so that no small count can be worked out (complementary suppression), shown as "x". */
    HIDDEN
}
