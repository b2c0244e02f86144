/**
 * Tracker: the recommendations and commitments Mali follows, from their source to their implementation.
 *
 * <p>Reading: {@link org.vigie.tracker.imports.RecommendationImporter} reads OHCHR's thematic lists of UPR
 * recommendations (.docx) and exports of the Universal Human Rights Index (.xlsx, .csv), all or nothing,
 * into {@link org.vigie.tracker.recommendations.Recommendation}s; see docs/tracker-imports.md. These reading classes
 * touch neither the web nor the database ({@code TrackerArchitectureTest}).
 *
 * <p>Following up: {@link org.vigie.tracker.recommendations.Tracker} (imports, the filtered list), {@link org.vigie.tracker.followup.FollowUp}
 * (assignment, progress reports and their validation), {@link org.vigie.tracker.followup.Actions} (actions and
 * indicators), {@link org.vigie.tracker.followup.Dashboards} (institution dashboards, clusters) and
 * {@link org.vigie.tracker.reminders.Reminders} (deadlines, reminders, digests). Their SQL is in the package-private
 * {@code *Store} classes; their pages and API in the {@code *Routes} and {@code *Api} classes.
 */
package org.vigie.tracker;
