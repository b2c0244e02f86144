/**
 * The drafting check: numbering, punctuation and voice against the UN's drafting rules, as findings in text
 * order.
 */
package org.vigie.texts.checks;
