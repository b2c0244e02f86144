/**
 * Reading a resolution from .txt, .pdf or .docx into blocks, then into its structure: header, organ line,
 * preambular, operative and annex paragraphs. {@link org.vigie.texts.reading.TextImporter} is the entry point.
 */
package org.vigie.texts.reading;
