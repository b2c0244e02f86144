package org.vigie.observatory.incidents;

import org.vigie.observatory.vocabulary.PerpetratorCategory;

/**
 * An alleged perpetrator of an act: a category, an optional named group or unit as reported, and the
 * degree of involvement (the code of a term of HURIDOCS' "Degrees of involvement" list).
 */
public record PerpetratorDraft(PerpetratorCategory category, String groupName, String involvement) {
}
