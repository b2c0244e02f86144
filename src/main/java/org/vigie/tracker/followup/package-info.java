/**
 * Following a recommendation up: assignments to institutions, actions, indicators and measurements, progress
 * reports and their validation, institutions' dashboards.
 */
package org.vigie.tracker.followup;
