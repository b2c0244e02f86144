/**
 * What the paragraphs say: clauses and their opening verbs, addressees and pronouns, commitments of the State
 * concerned, and the references a text cites.
 */
package org.vigie.texts.analysis;
