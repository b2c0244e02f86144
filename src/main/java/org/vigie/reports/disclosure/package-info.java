/**
 * Disclosure control of published counts: primary and secondary suppression, and the audit of what a reader can
 * work out of suppressed cells by linear programming.
 */
package org.vigie.reports.disclosure;
