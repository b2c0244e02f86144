/**
 * Reports: what Vigie publishes from its data. This first part holds pure units that statistics queries
 * will feed, with no web and no database code yet:
 *
 * <ul>
 *   <li>tables: {@link org.vigie.reports.StatTable} (counts with what they count, period and verification
 *       statuses) and {@link org.vigie.reports.Suppression}, which turns it into a
 *       {@link org.vigie.reports.PublishedTable} where no count under 5 can be read or worked out;</li>
 *   <li>drawings as SVG made on the server: {@link org.vigie.reports.BarChart},
 *       {@link org.vigie.reports.LineChart} and the {@link org.vigie.reports.ChoroplethMap} of Mali's
 *       {@link org.vigie.reports.Boundaries};</li>
 *   <li>exports: {@link org.vigie.reports.HxlTable} (CSV and XLSX with HXL hashtags, {@link org.vigie.reports.Hxl}).</li>
 * </ul>
 *
 * <p>The linear programming that audits suppression ({@code Audit}, {@code Simplex}, {@code CellSystem}) and
 * the SVG writer are package-private. See docs/reports.md.
 */
package org.vigie.reports;
