/**
 * The vocabulary of access every capability shares: {@link org.vigie.security.Role} and the calling {@link
 * org.vigie.security.Principal}.
 */
package org.vigie.security;
