package org.vigie.observatory.victims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The names of the fields a change of a victim touches, for the audit trail: names only, never values. */
final class VictimDiff {
    /** Stands for an identity that did not decrypt: every field given differs from it. */
    static final Identity UNREADABLE = new Identity("\0", "\0", "\0", "\0", "\0");

    private VictimDiff() {
    }

    /** The facts changed, comma-separated: {@code age,acts}. */
    static String facts(Victim before, VictimDraft d, AgeGroup group, List<Long> acts) {
        List<String> changed = new ArrayList<>();
        add(changed, "sex", before.sex(), d.sex());
        add(changed, "age", before.age(), d.age());
        add(changed, "age_group", before.ageGroup(), group);
        add(changed, "categories", before.categories(), d.categories());
        add(changed, "acts", Set.copyOf(before.actIds()), Set.copyOf(acts));
        return String.join(",", changed);
    }

    /** The identity fields changed, comma-separated; null stands for no identity. */
    static String identity(Identity before, Identity after) {
        Identity b = before == null ? new Identity(null, null, null, null, null) : before;
        Identity a = after == null ? new Identity(null, null, null, null, null) : after;
        List<String> changed = new ArrayList<>();
        add(changed, "full_name", b.fullName(), a.fullName());
        add(changed, "other_names", b.otherNames(), a.otherNames());
        add(changed, "contact", b.contact(), a.contact());
        add(changed, "document", b.identityDocument(), a.identityDocument());
        add(changed, "notes", b.notes(), a.notes());
        return String.join(",", changed);
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
