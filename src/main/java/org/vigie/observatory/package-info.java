/**
 * Observatory: where monitors record violations so that analysts can verify, count and report them. This
 * first part holds the reference data every record points into, with no web and no database code yet:
 *
 * <ul>
 *   <li>places: {@link org.vigie.observatory.PCode}, {@link org.vigie.observatory.AdminLevel},
 *       {@link org.vigie.observatory.AdminUnit} and the {@link org.vigie.observatory.Gazetteer} of one
 *       edition of OCHA's code list (2015: 9 regions, 50 cercles, 701 communes);</li>
 *   <li>acts and their classification: the {@link org.vigie.observatory.Vocabulary} of HURIDOCS'
 *       micro-thesauri ({@link org.vigie.observatory.VocabularyList}, {@link org.vigie.observatory.Term})
 *       and Vigie's {@link org.vigie.observatory.ExtensionTerm}s, mapped to
 *       {@link org.vigie.observatory.GraveViolation}s and {@link org.vigie.observatory.AcledSubEventType}s;</li>
 *   <li>fixed categories: {@link org.vigie.observatory.PerpetratorCategory},
 *       {@link org.vigie.observatory.VerificationStatus}, {@link org.vigie.observatory.DatePrecision} and
 *       {@link org.vigie.observatory.IncidentDate}, all labelled with a {@link org.vigie.observatory.Label}.</li>
 * </ul>
 *
 * <p>Imports turn files into drafts, all or nothing: {@link org.vigie.observatory.AcledCsvReader} (ACLED's
 * exports of Mali), {@link org.vigie.observatory.OdkSubmissionReader} (submissions of the form that
 * {@link org.vigie.observatory.XlsFormWriter} writes for ODK and Kobo), both returning an
 * {@link org.vigie.observatory.IncidentImport}; see docs/observatory-imports.md.
 *
 * <p>CSV reading and name folding are package-private. See docs/observatory-reference.md for the sources,
 * the corrections made to them and the extension list.
 */
package org.vigie.observatory;
