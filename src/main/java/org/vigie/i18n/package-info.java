/**
 * Languages: {@link org.vigie.i18n.Lang} and {@link org.vigie.i18n.Messages}, French and English bundles, dates
 * and numbers per language.
 */
package org.vigie.i18n;
