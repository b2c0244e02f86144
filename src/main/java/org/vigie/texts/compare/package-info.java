/**
 * Comparison of two texts: paragraphs paired across renumbering, word-level differences, the change list and its
 * HTML view.
 */
package org.vigie.texts.compare;
