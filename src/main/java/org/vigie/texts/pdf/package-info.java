/**
 * PDF text extraction: printed lines with their position and font, layout analysis that drops page furniture and
 * finds footnotes.
 */
package org.vigie.texts.pdf;
