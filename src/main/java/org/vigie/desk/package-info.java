/**
 * The home page of each role and the counts in the navigation: what waits for the person signed in, read from the
 * tracker, the observatory, accounts and the audit trail through their services, so that a home page shows nothing
 * the role could not open. Nothing depends on this package but the composition root.
 */
package org.vigie.desk;
