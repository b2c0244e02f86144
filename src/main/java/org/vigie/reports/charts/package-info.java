/**
 * Charts drawn as SVG on the server (bars, lines), the choropleth map of Mali with its boundaries and classes,
 * PNG conversion for Word, and the incident map's pages.
 */
package org.vigie.reports.charts;
