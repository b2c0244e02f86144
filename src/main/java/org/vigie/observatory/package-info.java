/**
 * Observatory: where monitors record violations so that analysts can verify, count and report them.
 * {@link org.vigie.observatory.victims.Victims} keeps the victims of incidents, their identities encrypted and
 * shown only to those who may see them (docs/security.md); {@link org.vigie.observatory.victims.VictimChanges}
 * corrects them, changes or withdraws their consent and deletes them, erasing what identifies them.
 * The reference data every record points into:
 *
 * <ul>
 *   <li>reference data every record points into: places ({@link org.vigie.observatory.places.PCode},
 *       {@link org.vigie.observatory.places.Gazetteer} of one edition of OCHA's code list, walked region → cercle →
 *       commune by {@link org.vigie.observatory.places.Places}), acts (the
 *       {@link org.vigie.observatory.vocabulary.Vocabulary} of HURIDOCS' micro-thesauri and Vigie's
 *       {@link org.vigie.observatory.vocabulary.ExtensionTerm}s) and fixed categories
 *       ({@link org.vigie.observatory.vocabulary.PerpetratorCategory}, {@link org.vigie.observatory.incidents.VerificationStatus},
 *       {@link org.vigie.observatory.incidents.IncidentDate});</li>
 *   <li>incidents: {@link org.vigie.observatory.incidents.Observatory} records
 *       {@link org.vigie.observatory.incidents.IncidentDraft}s (one from a form, many from an import in one
 *       transaction), reads {@link org.vigie.observatory.incidents.Incident}s and lists them with an
 *       {@link org.vigie.observatory.incidents.IncidentFilter};</li>
 *   <li>analysts' work: {@link org.vigie.observatory.incidents.Verification} (status moves, links, possible
 *       duplicates) and {@link org.vigie.observatory.evidence.Evidence} (encrypted files);</li>
 *   <li>incidents as evidence of the tracker's recommendations:
 *       {@link org.vigie.observatory.links.RecommendationLinks} (owned here, beside the rules of who sees an
 *       incident, since the tracker depends on the observatory and not the other way round);</li>
 *   <li>the web: {@link org.vigie.observatory.incidents.IncidentRoutes}, {@link org.vigie.observatory.incidents.IncidentApi},
 *       and search: {@link org.vigie.observatory.incidents.IncidentSearchSource}.</li>
 * </ul>
 *
 * <p>Imports turn files into drafts, all or nothing: {@link org.vigie.observatory.imports.AcledCsvReader} (ACLED's
 * exports of Mali), {@link org.vigie.observatory.imports.OdkSubmissionReader} (submissions of the form that
 * {@link org.vigie.observatory.forms.XlsFormWriter} writes for ODK and Kobo), both returning an
 * {@link org.vigie.observatory.imports.IncidentImport}; see docs/observatory-imports.md.
 *
 * <p>SQL lives in the package-private {@code *Store} classes; checks in {@code IncidentRules}. See
 * docs/observatory-reference.md for the reference data and docs/architecture.md for the incidents.
 */
package org.vigie.observatory;
