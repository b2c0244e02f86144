/**
 * Incidents: the record (dates, place, acts, perpetrators, sources), its rules and form, the list and its
 * filters, verification and possible duplicates, the observatory's pages and API. {@link
 * org.vigie.observatory.incidents.Observatory} is the service other capabilities call.
 */
package org.vigie.observatory.incidents;
