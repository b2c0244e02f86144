/**
 * Registries: the lists the resolution asks the State to keep, linked to the observatory's incidents
 * and the tracker's recommendations.
 *
 * <ul>
 *   <li>closed schools (OP3): {@link org.vigie.registries.SchoolRegistry}, a {@link org.vigie.registries.School}
 *       with its {@link org.vigie.registries.Closure}s (a school closes, reopens, may close again), counts by
 *       region ({@link org.vigie.registries.RegionCount});</li>
 *   <li>judicial proceedings (OP4, OP13, OP15): {@link org.vigie.registries.ProceedingRegistry}, a
 *       {@link org.vigie.registries.Proceeding} with its suspects by category ({@link org.vigie.registries.SuspectGroup},
 *       names encrypted and for administrators and analysts only) and its {@link org.vigie.registries.StageChange}s;</li>
 *   <li>reparation claims (OP16): {@link org.vigie.registries.ReparationRegistry}, a {@link org.vigie.registries.Claim}
 *       by {@link org.vigie.registries.Pseudonym}, never a name, with its {@link org.vigie.registries.StatusChange}s.</li>
 * </ul>
 *
 * <p>Who may do what is {@code RegistryAccess}; the fixed vocabularies implement {@link org.vigie.registries.Coded};
 * a page and the API read the same {@link org.vigie.registries.Input}. Stores (SQL) and the checks shared by
 * records are package-private. Schema: {@code V009__registries.sql}.
 */
package org.vigie.registries;
