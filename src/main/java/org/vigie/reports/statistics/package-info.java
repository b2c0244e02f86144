/**
 * The statistics of the observatory, the registries and the tracker as figures (two-way tables of counts), their
 * queries and monthly summaries, and the statistics API.
 */
package org.vigie.reports.statistics;
