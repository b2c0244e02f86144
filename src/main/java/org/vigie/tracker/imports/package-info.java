/**
 * Imports of recommendations: OHCHR's thematic lists (.docx), UHRI exports (.xlsx, .csv), read row by row under
 * limits, stored in batches whole or not at all.
 */
package org.vigie.tracker.imports;
