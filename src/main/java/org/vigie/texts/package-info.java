/**
 * Texts: reads a UN resolution (General Assembly, Human Rights Council, Security Council; draft or
 * adopted; French or English; .txt, .pdf or .docx) into a {@link org.vigie.texts.Resolution} tree,
 * checks its drafting, renders it, exports it to Akoma Ntoso 3.0 and compares two versions.
 *
 * <p>The public surface is {@link org.vigie.texts.reading.TextImporter}, the value records of the tree,
 * {@link org.vigie.texts.checks.DraftingCheck}, {@link org.vigie.texts.export.CleanTextRenderer},
 * {@link org.vigie.texts.export.AkomaNtosoWriter} and {@link org.vigie.texts.compare.TextComparison}. Everything
 * else is package-private. No web and no database code lives here; see docs/texts.md for the grammar.
 */
package org.vigie.texts;
