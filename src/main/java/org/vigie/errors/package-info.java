/**
 * What a capability throws for a caller's mistake, turned by {@code web.ErrorPages} into the same answer
 * everywhere: invalid input naming its field, not found, conflict, forbidden.
 */
package org.vigie.errors;
