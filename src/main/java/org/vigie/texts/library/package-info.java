/**
 * The texts Vigie holds: stored once by content, their pages, API and search documents.
 */
package org.vigie.texts.library;
