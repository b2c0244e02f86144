/**
 * The Council report: its request, sections and narratives, computed figures, laid out as HTML, PDF and DOCX.
 */
package org.vigie.reports.documents;
