/**
 * Tracker: the recommendations and commitments Mali follows, from their source to their implementation.
 * This first part reads recommendations from OHCHR's thematic lists of UPR recommendations (.docx) and
 * from exports of the Universal Human Rights Index (.xlsx, .csv), all or nothing.
 *
 * <p>The public surface is {@link org.vigie.tracker.RecommendationImporter} (the entry point), the two
 * readers it chooses between, {@link org.vigie.tracker.ThematicListReader} and {@link org.vigie.tracker.UhriReader},
 * their {@link org.vigie.tracker.ImportResult} (recommendations, or {@link org.vigie.tracker.ImportError}s
 * naming line and column), {@link org.vigie.tracker.ImportSummary} for the dry-run counts, and the value
 * types {@link org.vigie.tracker.Recommendation}, {@link org.vigie.tracker.Position},
 * {@link org.vigie.tracker.SourceMechanism} and {@link org.vigie.tracker.Sdg}. Everything else is
 * package-private. No web and no database code lives here yet; see docs/tracker-imports.md for the
 * grammar of the files read.
 */
package org.vigie.tracker;
