/**
 * Victims of incidents: facts counted in statistics, pseudonyms, identities and photos sealed by the {@link
 * org.vigie.observatory.victims.IdentityVault}, consent and its history, corrections and erasure. {@link
 * org.vigie.observatory.victims.IncidentGate} holds who may see and record what.
 */
package org.vigie.observatory.victims;
