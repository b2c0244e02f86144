-- A re-sent field submission (same instanceID, other content) is kept as a new version for an analyst to
-- reconcile (issue 17): the decision taken, by whom and when. A version with no decision is pending.
ALTER TABLE intake_submission
    ADD COLUMN decision   TEXT CHECK (decision IN ('keep_first', 'take_second', 'keep_both')),
    ADD COLUMN decided_by TEXT,
    ADD COLUMN decided_at TIMESTAMPTZ,
    ADD CONSTRAINT intake_submission_decision_complete
        CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
    ADD CONSTRAINT intake_submission_first_not_decided CHECK (version > 1 OR decision IS NULL);

-- The analysts' queue of versions to reconcile.
CREATE INDEX intake_submission_pending ON intake_submission (received_at) WHERE version > 1 AND decision IS NULL;
