/**
 * Audited exports of statistics, incidents and registries as CSV, XLSX and JSON with HXL hashtags, written as
 * rows arrive.
 */
package org.vigie.reports.exports;
