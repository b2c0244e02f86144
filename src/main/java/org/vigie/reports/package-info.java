/**
 * Reports: what Vigie publishes from its data. This first part holds pure units that statistics queries
 * will feed, with no web and no database code yet:
 *
 * <ul>
 *   <li>tables: {@link org.vigie.reports.statistics.StatTable} (counts with what they count, period and verification
 *       statuses) and {@link org.vigie.reports.disclosure.Suppression}, which turns it into a
 *       {@link org.vigie.reports.disclosure.PublishedTable} where no count under 5 can be read or worked out;</li>
 *   <li>drawings as SVG made on the server: {@link org.vigie.reports.charts.BarChart},
 *       {@link org.vigie.reports.charts.LineChart} and the {@link org.vigie.reports.charts.ChoroplethMap} of Mali's
 *       {@link org.vigie.reports.charts.Boundaries};</li>
 *   <li>exports: {@link org.vigie.reports.exports.HxlTable} (CSV and XLSX with HXL hashtags, {@link org.vigie.reports.exports.Hxl}),
 *       and the audited, streamed exports of statistics, incidents and registries
 *       ({@link org.vigie.reports.exports.Exports}, {@link org.vigie.reports.exports.ExportRoutes});</li>
 *   <li>statistics ({@link org.vigie.reports.statistics.Statistics}) over the incidents or, for whole months, over the
 *       statistics summary that {@code StatisticsSummaryStore} keeps (V017), and the public portal.</li>
 * </ul>
 *
 * <p>The linear programming that audits suppression ({@code Audit} over Hipparchus's simplex, {@code CellSystem}) and
 * the SVG writer are package-private. See docs/reports.md.
 */
package org.vigie.reports;
