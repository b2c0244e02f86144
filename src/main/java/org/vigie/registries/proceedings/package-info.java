/**
 * The registry of judicial proceedings (OP4, OP13, OP15): cases, suspects (names encrypted), stages and links.
 */
package org.vigie.registries.proceedings;
