-- A commitment carried from one version of a text to the next (issue 15): the item keeps its id, status,
-- assignments and history; its source text, paragraph and wording follow the newest version tracked.
-- previous_text: the wording before the last change, for the word-level difference shown on the item.
-- text_changed_in: the version whose wording differs from the one before it.
-- dropped_in: the version from which the commitment's paragraph was deleted; the item is closed.
ALTER TABLE recommendation
    ADD COLUMN previous_text TEXT,
    ADD COLUMN text_changed_in BIGINT REFERENCES text_document(id),
    ADD COLUMN dropped_in BIGINT REFERENCES text_document(id);
CREATE INDEX recommendation_dropped ON recommendation (dropped_in) WHERE dropped_in IS NOT NULL;
