package org.vigie.search;

/**
 * How far this node's index is behind the search change log, as {@code /health} reports it.
 *
 * @param changesBehind changes read from the log and not applied yet (0 when the last pass succeeded)
 * @param secondsBehind how old the oldest of them is or, when none waits, how long ago the last successful pass
 *                      began: every change committed before then is searchable here
 * @param following     whether this index follows the log (false for an index of no database)
 */
public record SearchLag(long changesBehind, double secondsBehind, boolean following) {
    static final SearchLag NOT_FOLLOWING = new SearchLag(0, 0, false);
}
