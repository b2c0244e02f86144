package org.vigie.observatory.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;

/** The checks a victim's draft and a photo pass before anything is stored; each failure names its field. */
public final class VictimChecks {
    static final Set<String> GIVEN_BY = Set.of("victim", "parent", "guardian", "representative");
    static final int MAX_IDENTITY_FIELD = 500;
    static final int MAX_NOTES = 4000;
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private VictimChecks() {
    }

    /** The age group the draft gives or its age implies, checked against the age and the categories. */
    public static AgeGroup ageGroup(VictimDraft d) {
        Faults faults = new Faults();
        faults.run(() -> sex(d));
        AgeGroup group = faults.check(() -> group(d));
        faults.throwIfAny();
        return group;
    }

    static void sex(VictimDraft d) {
        if (d.sex() == null) {
            throw new InvalidInput("sex", "error.required");
        }
    }

    /** The age group alone, checked against the age and the categories. */
    static AgeGroup group(VictimDraft d) {
        if (d.age() != null && (d.age() < 0 || d.age() > 150)) {
            throw new InvalidInput("age", "observatory.victim.age_invalid", Integer.toString(d.age()));
        }
        AgeGroup group = d.ageGroup() != null ? d.ageGroup() : d.age() != null ? AgeGroup.of(d.age()) : AgeGroup.UNKNOWN;
        if (d.age() != null && !group.contains(d.age())) {
            throw new InvalidInput("age_group", "observatory.victim.age_group_mismatch", Integer.toString(d.age()));
        }
        boolean adult = group == AgeGroup.ADULT_18_59 || group == AgeGroup.OLDER_60_PLUS || group == AgeGroup.ADULT_AGE_UNKNOWN;
        if (d.categories().contains(VictimCategory.CHILD) && adult) {
            throw new InvalidInput("categories", "observatory.victim.child_adult");
        }
        return group;
    }

    /** The act ids that the draft's indexes name among the incident's acts, in order, without repeats. */
    static List<Long> acts(VictimDraft d, List<Long> incidentActs) {
        Set<Long> out = new LinkedHashSet<>();
        for (int i = 0; i < d.actIndexes().size(); i++) {
            Integer index = d.actIndexes().get(i);
            if (index == null || index < 0 || index >= incidentActs.size()) {
                throw new InvalidInput("acts[" + i + "]", "observatory.victim.act_unknown", String.valueOf(index));
            }
            out.add(incidentActs.get(index));
        }
        return new ArrayList<>(out);
    }

    /** The identity with blank fields dropped, null when nothing identifying was given. */
    public static Identity identity(Identity i) {
        if (i == null) {
            return null;
        }
        // Every field too long is told at once.
        Faults faults = new Faults();
        Identity clean = new Identity(faults.check(() -> field("identity.full_name", i.fullName(), MAX_IDENTITY_FIELD)),
                faults.check(() -> field("identity.other_names", i.otherNames(), MAX_IDENTITY_FIELD)),
                faults.check(() -> field("identity.contact", i.contact(), MAX_IDENTITY_FIELD)),
                faults.check(() -> field("identity.document", i.identityDocument(), MAX_IDENTITY_FIELD)),
                faults.check(() -> field("identity.notes", i.notes(), MAX_NOTES)));
        faults.throwIfAny();
        boolean empty = clean.fullName() == null && clean.otherNames() == null && clean.contact() == null
                && clean.identityDocument() == null && clean.notes() == null;
        return empty ? null : clean;
    }

    /** The consent as given; uses need who gave it and when, and an identity needs the documentation use. */
    public static Consent consent(Consent c, Identity identity, LocalDate today) {
        Consent consent = c == null ? Consent.none() : c;
        String by = consent.givenBy() == null || consent.givenBy().isBlank() ? null : consent.givenBy().trim();
        // Every fault at once: who and when are two fields of the form.
        Faults faults = new Faults();
        if (!consent.uses().isEmpty()) {
            if (by == null) {
                faults.add("consent.given_by", "error.required");
            }
            if (consent.givenOn() == null) {
                faults.add("consent.given_on", "error.required");
            }
        }
        if (by != null && !GIVEN_BY.contains(by)) {
            // The value is not repeated in the message: someone may have typed a name here.
            faults.add("consent.given_by", "observatory.victim.given_by_unknown");
        }
        if (consent.givenOn() != null && consent.givenOn().isAfter(today)) {
            faults.add("consent.given_on", "observatory.date.in_future", consent.givenOn().toString(), today.toString());
        }
        if (identity != null && !consent.allows(ConsentUse.DOCUMENTATION)) {
            faults.add("consent", "observatory.victim.identity_needs_consent");
        }
        faults.throwIfAny();
        return new Consent(consent.uses(), consent.givenOn(), by);
    }

    /**
     * A change of consent (narrowed, widened or withdrawn): who expressed it is always required, since a
     * withdrawal too must say who asked for it; its date defaults to today and is never in the future.
     */
    static Consent consentChange(Consent c, LocalDate today) {
        Consent given = c == null ? Consent.none() : c;
        if (given.givenBy() == null || given.givenBy().isBlank()) {
            throw new InvalidInput("consent.given_by", "error.required");
        }
        Consent dated = new Consent(given.uses(), given.givenOn() == null ? today : given.givenOn(), given.givenBy());
        return consent(dated, null, today);
    }

    /** The photo's type read from its first bytes (JPEG, PNG or WebP), its size checked. */
    static String photoType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("photo", "error.required");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new InvalidInput("photo", "observatory.victim.photo_too_large", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (content.length >= 12 && starts(content, 'R', 'I', 'F', 'F') && content[8] == 'W' && content[9] == 'E'
                && content[10] == 'B' && content[11] == 'P') {
            return "image/webp";
        }
        throw new InvalidInput("photo", "observatory.victim.photo_type");
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String field(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput(name, "error.too_long", max);
        }
        return v;
    }
}
