-- Issue 15, item 6: a monitor's home lists the incidents they recorded that are still open (reported or under
-- verification), and the navigation counts them on every page. A partial index keeps that a probe of the few
-- open rows of one recorder, whatever the size of the table.
CREATE INDEX incident_open_by_recorder ON incident (created_by, date_start, id)
    WHERE verification_status IN ('reported', 'pending_verification');
