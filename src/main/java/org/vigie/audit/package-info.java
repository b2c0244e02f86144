/**
 * The audit trail: append-only, chained entries of who did what to which record, their verification, viewer and
 * API.
 */
package org.vigie.audit;
