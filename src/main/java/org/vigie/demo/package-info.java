/**
 * The demonstration data set loaded by {@code serve --demo}: invented records, clearly marked, and one demo
 * account per role.
 */
package org.vigie.demo;
