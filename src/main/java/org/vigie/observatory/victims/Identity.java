package org.vigie.observatory.victims;

/**
 * What identifies a victim: names, contacts and identity documents. It is never stored in clear: it is
 * encrypted per record before it reaches the database, shown only to roles that need it, and each
 * reading is audited. Any field may be null.
 */
public record Identity(String fullName, String otherNames, String contact, String identityDocument, String notes) {
}
