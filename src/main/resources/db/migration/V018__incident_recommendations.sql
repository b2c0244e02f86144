-- Incidents as evidence of a recommendation's implementation (issue 4, point 3): which incidents an
-- analyst holds to bear on which recommendation, with an optional note saying how. Owner:
-- org.vigie.observatory (RecommendationLinkStore); the tracker reads it through the observatory, which
-- applies its visibility rules (restricted incidents, no incidents for focal points and validators).
-- Deleting either side removes the link.
CREATE TABLE incident_recommendation (
    incident_id       BIGINT NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    recommendation_id BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    note              TEXT CHECK (length(note) BETWEEN 1 AND 500),
    linked_by         TEXT NOT NULL,
    linked_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (incident_id, recommendation_id)
);
CREATE INDEX incident_recommendation_recommendation ON incident_recommendation (recommendation_id);
