-- The statistics summary: counts of incidents, acts and victims by month (of the incident's first day),
-- verification status, region and cercle, and for acts and victims a code (act type, sex, age group), so
-- that the public statistics page and every figure over whole months read a few thousand rows instead of
-- joining a year of incidents to their acts and victims. Owner: org.vigie.reports (StatisticsSummaryStore).
--
-- Kept current without touching the observatory's code: triggers on incident, incident_act and victim note
-- the months a statement changed in statistics_summary_stale (append-only, so writers never wait on one
-- another there); the next reader of the summary counts those months again, in one transaction, under an
-- advisory lock (docs/reports.md, "Speed").
CREATE TABLE statistics_summary (
    month       DATE NOT NULL,
    status      TEXT NOT NULL,
    adm1        TEXT NOT NULL,
    adm2        TEXT,
    -- incidents: incidents; acts: acts by act type (code); victims_sex, victims_age: recorded victims by
    -- sex or age group (code); unrecorded: the victims acts count without recording them.
    kind        TEXT NOT NULL CHECK (kind IN ('incidents', 'acts', 'victims_sex', 'victims_age', 'unrecorded')),
    code        TEXT NOT NULL DEFAULT '',
    n           BIGINT NOT NULL CHECK (n > 0)
);
CREATE INDEX statistics_summary_read ON statistics_summary (kind, month, status) INCLUDE (adm1, adm2, code, n);
CREATE INDEX statistics_summary_month ON statistics_summary (month);

CREATE TABLE statistics_summary_stale (
    id          BIGSERIAL PRIMARY KEY,
    month       DATE NOT NULL
);

-- Incidents: the months of rows inserted or deleted, and of rows whose date, status or place changed
-- (both the old and the new month).
CREATE FUNCTION statistics_summary_incidents_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO statistics_summary_stale (month) SELECT DISTINCT date_trunc('month', date_start)::date FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO statistics_summary_stale (month) SELECT DISTINCT date_trunc('month', date_start)::date FROM old_rows;
    ELSE
        INSERT INTO statistics_summary_stale (month)
        SELECT DISTINCT date_trunc('month', m)::date FROM old_rows o JOIN new_rows n ON n.id = o.id,
            LATERAL (VALUES (o.date_start), (n.date_start)) v(m)
        WHERE (o.date_start, o.verification_status, o.adm1_pcode, o.adm2_pcode)
            IS DISTINCT FROM (n.date_start, n.verification_status, n.adm1_pcode, n.adm2_pcode);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_summary_incident_insert AFTER INSERT ON incident REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_incidents_changed();
CREATE TRIGGER statistics_summary_incident_update AFTER UPDATE ON incident REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_incidents_changed();
CREATE TRIGGER statistics_summary_incident_delete AFTER DELETE ON incident REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_incidents_changed();

-- Acts and victims: the months of their incidents (a cascade from a deleted incident finds none, and needs
-- none: the incident's own trigger noted its month).
CREATE FUNCTION statistics_summary_parts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO statistics_summary_stale (month)
        SELECT DISTINCT date_trunc('month', i.date_start)::date FROM old_rows r JOIN incident i ON i.id = r.incident_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO statistics_summary_stale (month)
        SELECT DISTINCT date_trunc('month', i.date_start)::date FROM new_rows r JOIN incident i ON i.id = r.incident_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_summary_act_insert AFTER INSERT ON incident_act REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();
CREATE TRIGGER statistics_summary_act_update AFTER UPDATE ON incident_act REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();
CREATE TRIGGER statistics_summary_act_delete AFTER DELETE ON incident_act REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();
CREATE TRIGGER statistics_summary_victim_insert AFTER INSERT ON victim REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();
CREATE TRIGGER statistics_summary_victim_update AFTER UPDATE ON victim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();
CREATE TRIGGER statistics_summary_victim_delete AFTER DELETE ON victim REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_summary_parts_changed();

-- Every month already holding incidents is counted by the first reader.
INSERT INTO statistics_summary_stale (month) SELECT DISTINCT date_trunc('month', date_start)::date FROM incident;

-- Derived from incidents, acts and victims: backups leave them out (db.Tables) and a restore rebuilds them,
-- since restoring the incidents notes their months as stale through the triggers above.
COMMENT ON TABLE statistics_summary IS 'derived: statistics by month kept from incident, incident_act and victim (V017)';
COMMENT ON TABLE statistics_summary_stale IS 'derived: months whose statistics must be counted again (V017)';
