/**
 * Plumbing that every importing capability shares to read files people give Vigie: the grammar of
 * comma-separated values. Each capability turns a {@link org.vigie.files.CsvReader.Fault} into its
 * own message, naming the line and the column as its users know them.
 */
package org.vigie.files;
