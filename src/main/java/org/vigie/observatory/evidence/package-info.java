/**
 * Evidence files of incidents: recognised by their first bytes, limited in size, encrypted before they reach the
 * database, read back only by those who may see them.
 */
package org.vigie.observatory.evidence;
