/**
 * Imports of incidents from files: ACLED exports and ODK/Kobo submissions (XML, CSV, ZIP) read into drafts,
 * checked whole and recorded all or nothing.
 */
package org.vigie.observatory.imports;
