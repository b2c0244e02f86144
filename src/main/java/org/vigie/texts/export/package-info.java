/**
 * What Vigie writes of a text: Akoma Ntoso 3.0 (AKN4UN names), the clean text for the printer, and the JSON
 * analysis.
 */
package org.vigie.texts.export;
