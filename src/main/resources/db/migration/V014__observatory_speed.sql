-- The observatory's speed goals at a million incidents (docs/benchmarks.md, issue 5), and the search index's
-- durable queue. Owners: org.vigie.observatory (incident columns, counts) and org.vigie.search (search_pending).

-- What still has to reach the search index's disk: a row per change, written in the same transaction as the
-- change, deleted once a Lucene commit holds the document read after it (SearchIndex, group commit). At start,
-- the rows left by a crash are indexed again, so a kill -9 between the database commit and the Lucene commit
-- loses nothing. Each change has its own row (no uniqueness): a row is deleted only by the writer that indexed
-- the document read after its own transaction, never by another change's commit.
CREATE TABLE search_pending (
    seq       BIGSERIAL PRIMARY KEY,
    kind      TEXT NOT NULL,
    id        TEXT NOT NULL,
    queued_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The act types and perpetrator categories of an incident, denormalised onto the incident so that the list's
-- act-type and perpetrator filters are a test on the row (:act = ANY(act_types)), not an EXISTS over acts and
-- perpetrators. Acts and perpetrators are written only with their incident (IncidentStore.insert, which fills
-- these in the same statement); both arrays are sorted and without repeats.
ALTER TABLE incident ADD COLUMN act_types TEXT[] NOT NULL DEFAULT '{}',
                     ADD COLUMN perpetrator_categories TEXT[] NOT NULL DEFAULT '{}';
UPDATE incident i SET act_types = a.types
FROM (SELECT incident_id, array_agg(DISTINCT act_type ORDER BY act_type) AS types FROM incident_act GROUP BY incident_id) a
WHERE a.incident_id = i.id;
UPDATE incident i SET perpetrator_categories = p.categories
FROM (SELECT a.incident_id, array_agg(DISTINCT p.category ORDER BY p.category) AS categories
      FROM incident_act a JOIN act_perpetrator p ON p.act_id = a.id GROUP BY a.incident_id) p
WHERE p.incident_id = i.id;
-- No GIN index on them: measured at a million incidents, the planner combined one (an act type matches one
-- incident in nine, a perpetrator category one in four) with the region's index and took 300-470 ms where
-- reading the region's few thousand rows and testing the arrays takes milliseconds. The arrays go into the
-- region's covering index instead, so that the count under region, status, period and act type or perpetrator
-- reads the index alone.
DROP INDEX incident_counts_region;
CREATE INDEX incident_counts_region ON incident (adm1_pcode, verification_status, date_end)
    INCLUDE (date_start, restricted, id, act_types, perpetrator_categories);

-- A monitor's own restricted incidents, which their lists and counts add to what every monitor sees.
CREATE INDEX incident_restricted_by ON incident (created_by) WHERE restricted;

-- How many incidents each cercle holds, by status and restricted flag: the unfiltered map and the unfiltered
-- list's total read these few hundred rows instead of counting a million. Kept by statement-level triggers in
-- the transaction of every insert, update or delete of incidents (a bulk insert adds one aggregate per
-- statement); adm2_pcode is '' for an incident placed at a region only.
CREATE TABLE incident_place_count (
    adm1_pcode          TEXT NOT NULL,
    adm2_pcode          TEXT NOT NULL,
    verification_status TEXT NOT NULL,
    restricted          BOOLEAN NOT NULL,
    incidents           BIGINT NOT NULL,
    PRIMARY KEY (adm1_pcode, adm2_pcode, verification_status, restricted)
);
-- Backup and restore leave it out (db.Tables): restoring the incidents rebuilds it through the triggers.
COMMENT ON TABLE incident_place_count IS 'derived: counts of incident kept by triggers (V014)';
INSERT INTO incident_place_count
SELECT adm1_pcode, coalesce(adm2_pcode, ''), verification_status, restricted, count(*)
FROM incident GROUP BY 1, 2, 3, 4;

CREATE FUNCTION incident_place_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Rows in key order, so that two transactions touching the same counts lock them in the same order.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO incident_place_count AS c
        SELECT adm1_pcode, coalesce(adm2_pcode, ''), verification_status, restricted, count(*)
        FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (adm1_pcode, adm2_pcode, verification_status, restricted)
        DO UPDATE SET incidents = c.incidents + excluded.incidents;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE incident_place_count c SET incidents = c.incidents - d.n
        FROM (SELECT adm1_pcode, coalesce(adm2_pcode, '') AS adm2, verification_status, restricted, count(*) AS n
              FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4) d
        WHERE c.adm1_pcode = d.adm1_pcode AND c.adm2_pcode = d.adm2 AND c.verification_status = d.verification_status
          AND c.restricted = d.restricted;
    ELSE
        -- An update that moves no incident between counts (a title, a date) changes nothing here.
        INSERT INTO incident_place_count AS c
        SELECT adm1, adm2, status, r, sum(n) FROM (
            SELECT adm1_pcode AS adm1, coalesce(adm2_pcode, '') AS adm2, verification_status AS status, restricted AS r, 1 AS n
            FROM new_rows
            UNION ALL
            SELECT adm1_pcode, coalesce(adm2_pcode, ''), verification_status, restricted, -1 FROM old_rows) moved
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (adm1_pcode, adm2_pcode, verification_status, restricted)
        DO UPDATE SET incidents = c.incidents + excluded.incidents;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER incident_place_count_insert AFTER INSERT ON incident
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_place_count_apply();
CREATE TRIGGER incident_place_count_update AFTER UPDATE ON incident
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_place_count_apply();
CREATE TRIGGER incident_place_count_delete AFTER DELETE ON incident
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_place_count_apply();
CREATE FUNCTION incident_place_count_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM incident_place_count;
    RETURN NULL;
END $$;
CREATE TRIGGER incident_place_count_truncate AFTER TRUNCATE ON incident
    FOR EACH STATEMENT EXECUTE FUNCTION incident_place_count_clear();
