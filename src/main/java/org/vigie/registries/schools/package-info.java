/**
 * The registry of schools closed by threats or insecurity (OP3): schools, closures and reopenings, counts by
 * region.
 */
package org.vigie.registries.schools;
