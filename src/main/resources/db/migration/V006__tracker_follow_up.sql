-- Follow-up of recommendations: which institutions answer for them, and their progress reports,
-- which change a recommendation's status only once their institution's validator approves them.
-- Owner: org.vigie.tracker.
CREATE TABLE recommendation_assignment (
    recommendation_id   BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    institution_id      BIGINT NOT NULL REFERENCES institution(id),
    assigned_by         TEXT NOT NULL,
    assigned_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (recommendation_id, institution_id)
);
CREATE INDEX recommendation_assignment_institution ON recommendation_assignment (institution_id);

CREATE TABLE progress_report (
    id                  BIGSERIAL PRIMARY KEY,
    recommendation_id   BIGINT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    institution_id      BIGINT NOT NULL REFERENCES institution(id),
    author              TEXT NOT NULL,
    text                TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    proposed_status     TEXT NOT NULL CHECK (proposed_status IN ('not_started', 'in_progress',
                            'partially_implemented', 'implemented', 'not_implemented')),
    state               TEXT NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'validated', 'returned')),
    validator           TEXT,
    validator_comment   TEXT,
    submitted_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at          TIMESTAMPTZ
);
CREATE INDEX progress_report_recommendation ON progress_report (recommendation_id);
CREATE INDEX progress_report_pending ON progress_report (institution_id) WHERE state = 'submitted';
