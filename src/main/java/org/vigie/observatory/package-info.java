/**
 * Observatory: where monitors record violations so that analysts can verify, count and report them.
 * {@link org.vigie.observatory.Victims} keeps the victims of incidents, their identities encrypted and
 * shown only to those who may see them (docs/security.md). The reference data every record points into:
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
 * <p>CSV reading and name folding are package-private. See docs/observatory-reference.md for the sources,
 * the corrections made to them and the extension list.
 */
package org.vigie.observatory;
