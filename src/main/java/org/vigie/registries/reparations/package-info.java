/**
 * The registry of reparation claims (OP16): claimants known by pseudonym, harms, measures and status history.
 */
package org.vigie.registries.reparations;
