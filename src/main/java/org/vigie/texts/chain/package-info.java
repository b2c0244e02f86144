/**
 * The chain of resolutions on a subject (Mali: 22/18, 25/36, … 52/42), built from the stored texts' references
 * and what they say of each other ("in which it established the mandate", "by which it extended"): its order,
 * what each resolution did to the mandate, and the gaps where a text is cited but not held.
 */
package org.vigie.texts.chain;
