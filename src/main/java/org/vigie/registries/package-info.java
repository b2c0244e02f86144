/**
 * Registries: the lists the resolution asks the State to keep, linked to the observatory's incidents
 * and the tracker's recommendations.
 *
 * <ul>
 *   <li>closed schools (OP3): {@link org.vigie.registries.schools.SchoolRegistry}, a {@link org.vigie.registries.schools.School}
 *       with its {@link org.vigie.registries.schools.Closure}s (a school closes, reopens, may close again), counts by
 *       region ({@link org.vigie.registries.schools.RegionCount});</li>
 *   <li>judicial proceedings (OP4, OP13, OP15): {@link org.vigie.registries.proceedings.ProceedingRegistry}, a
 *       {@link org.vigie.registries.proceedings.Proceeding} with its suspects by category ({@link org.vigie.registries.proceedings.SuspectGroup},
 *       names encrypted and for administrators and analysts only) and its {@link org.vigie.registries.proceedings.StageChange}s;</li>
 *   <li>reparation claims (OP16): {@link org.vigie.registries.reparations.ReparationRegistry}, a {@link org.vigie.registries.reparations.Claim}
 *       by {@link org.vigie.registries.reparations.Pseudonym}, never a name, with its {@link org.vigie.registries.reparations.StatusChange}s.</li>
 * </ul>
 *
 * <p>Who may do what is {@code RegistryAccess}; the fixed vocabularies implement {@link org.vigie.registries.Coded};
 * a page and the API read the same {@link org.vigie.registries.Input}. Stores (SQL) and the checks shared by
 * records are package-private. Schema: {@code V009__registries.sql}.
 */
package org.vigie.registries;
