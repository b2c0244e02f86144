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
 *   <li>exports: {@link org.vigie.reports.HxlTable} (CSV and XLSX with HXL hashtags, {@link org.vigie.reports.Hxl}),
 *       and the audited, streamed exports of statistics, incidents and registries
 *       ({@link org.vigie.reports.Exports}, {@link org.vigie.reports.ExportRoutes});</li>
 *   <li>statistics ({@link org.vigie.reports.Statistics}) over the incidents or, for whole months, over the
 *       statistics summary that {@code StatisticsSummaryStore} keeps (V017), and the public portal.</li>
 * </ul>
 *
 * <p>The linear programming that audits suppression ({@code Audit} over Hipparchus's simplex, {@code CellSystem}) and
 * the SVG writer are package-private. See docs/reports.md.
 */
package org.vigie.reports;
