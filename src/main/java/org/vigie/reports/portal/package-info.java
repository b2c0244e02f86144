/**
 * The public portal without login: verified figures under disclosure control, in French and English.
 */
package org.vigie.reports.portal;
