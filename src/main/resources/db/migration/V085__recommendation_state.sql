-- The State a recommendation is addressed to (issue 15, item 8): the State under review its list names (ISO 3166
-- alpha-2, "ML", "SI"). Vigie follows one State (VIGIE_STATE); a list of another is imported only when confirmed,
-- and reports and the public portal count the configured State's. NULL for rows imported before this version and
-- for lists that name no State: they count as the configured State's, as they did.
ALTER TABLE recommendation
    ADD COLUMN state TEXT CHECK (state ~ '^[A-Z]{2}$');
CREATE INDEX recommendation_state ON recommendation (state) WHERE state IS NOT NULL;
