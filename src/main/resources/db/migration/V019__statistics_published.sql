-- Published statistics: victims' consent to statistical use, and a national summary small enough for the public
-- statistics page to read in a few milliseconds (docs/reports.md, "Speed"; docs/security.md, "Erasure and
-- consent"). Owner: org.vigie.reports (StatisticsSummaryStore).
--
-- A recorded victim is counted in published figures unless a consent was recorded for them (a date or who gave
-- it: victim.consent_given_on or consent_given_by, which a withdrawal sets too) that leaves out anonymised
-- statistics. The summary's victim rows now say whether their victims are counted so (counted); the rows of
-- incidents, acts and unrecorded victims are always counted. The victim triggers of V017 already fire on every
-- update of a victim, so a consent changed or withdrawn marks its month stale like any other change.
ALTER TABLE statistics_summary ADD COLUMN counted BOOLEAN NOT NULL DEFAULT true;
DROP INDEX statistics_summary_read;
CREATE INDEX statistics_summary_read ON statistics_summary (kind, month, status) INCLUDE (adm1, adm2, code, n, counted);

-- The national summary: what figures over all of Mali read, by month and status, without the cercle and with
-- each figure's rows already merged, from the summary's rows of the same months (StatisticsSummaryStore.refresh
-- writes both in one transaction). A year of one status is a few hundred rows. Kinds and their codes:
-- incidents_adm1 (incidents by region), acts (acts by act type), victims_adm1 (published victims by region:
-- recorded and counted plus unrecorded), victims_sex and victims_age (published victims by sex and age group;
-- unrecorded victims are 'unknown').
CREATE TABLE statistics_national (
    month       DATE NOT NULL,
    status      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('incidents_adm1', 'acts', 'victims_adm1', 'victims_sex', 'victims_age')),
    code        TEXT NOT NULL,
    n           BIGINT NOT NULL CHECK (n > 0),
    PRIMARY KEY (kind, month, status, code)
);
CREATE INDEX statistics_national_month ON statistics_national (month);
COMMENT ON TABLE statistics_national IS 'derived: national statistics by month kept with statistics_summary (V019)';

-- Every month is counted again by the first reader, with the consent of its victims and into the national summary.
DELETE FROM statistics_summary;
INSERT INTO statistics_summary_stale (month) SELECT DISTINCT date_trunc('month', date_start)::date FROM incident;
