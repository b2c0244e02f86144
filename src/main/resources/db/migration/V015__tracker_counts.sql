-- Tracker, counts of the filtered list. Owner: org.vigie.tracker.
-- Counting a broad filter (mechanism + theme + status: thousands of matches among 250,000) through the GIN
-- indexes reads every matching row's page (docs/benchmarks.md). This index holds what the equality and
-- array filters test, so such a count is an index-only scan of the (status, mechanism) range.
CREATE INDEX recommendation_counts ON recommendation (status, mechanism)
    INCLUDE (cycle, position, themes, recommending_states, sdgs);
