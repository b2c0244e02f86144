-- The French names of the seeded institutions take the typographic apostrophe the interface uses everywhere
-- else ("droits de l’homme"), so that a list mixing them with translated labels reads as one text.
UPDATE institution SET name_fr = replace(name_fr, '''', '’') WHERE name_fr LIKE '%''%';
