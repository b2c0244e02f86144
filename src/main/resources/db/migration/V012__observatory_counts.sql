-- Counts of the observatory at a million incidents (docs/benchmarks.md, "Observatory"): the list's total and
-- the counts by region or cercle are answered from indexes alone (index-only scans, no table reads) for the
-- filters the list and the map use most. The table's visibility map must be current for that; autovacuum
-- keeps it so. Owner: org.vigie.observatory.
--
-- A status and a period (incidents whose dates overlap it: date_end >= from is the bound an index can
-- use, date_start <= to is checked in the index), by region or cercle.
CREATE INDEX incident_counts_status ON incident (verification_status, date_end)
    INCLUDE (date_start, adm1_pcode, adm2_pcode, restricted);
-- A region, a status and a period; the id lets an act-type or perpetrator filter join without table reads.
CREATE INDEX incident_counts_region ON incident (adm1_pcode, verification_status, date_end)
    INCLUDE (date_start, restricted, id);
-- Everything an observer may see (restricted incidents left out), by region or cercle: the map unfiltered.
CREATE INDEX incident_visible_places ON incident (adm1_pcode, adm2_pcode) WHERE NOT restricted;
-- The acts of an incident with their type and id, so that the act-type and perpetrator filters' EXISTS reads
-- no table rows; it replaces the index on incident_id alone.
CREATE INDEX incident_act_of_incident ON incident_act (incident_id) INCLUDE (act_type, id);
DROP INDEX incident_act_incident;
