/**
 * Reporting deadlines and reminders: the digests of what is due, and their sending by mail.
 */
package org.vigie.tracker.reminders;
