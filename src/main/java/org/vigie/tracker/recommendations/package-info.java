/**
 * Recommendations and commitments as stored: the record, its status and filters, the tracker's list, pages and
 * API. {@link org.vigie.tracker.recommendations.Tracker} is the service other capabilities call.
 */
package org.vigie.tracker.recommendations;
