/**
 * The {@code vigie} command and its sub-commands (picocli): serve, migrate, accounts, audit, backup and restore,
 * imports, texts, reports, keys.
 */
package org.vigie.cli;
