package org.vigie.observatory.imports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;

import static org.vigie.observatory.forms.OdkForm.*;

/** Reads the answers of a submission: choices, dates, numbers, and the victims of its repeat group. */
final class OdkValues {

    private OdkValues() {
    }

    /** A select_one answer naming a constant of {@code type} in lower case; null, with an error if required, when blank. */
    static <E extends Enum<E>> E choice(OdkFields f, String field, Class<E> type, boolean required, List<ImportIssue> errors) {
        String value = f.value(field);
        if (value.isEmpty()) {
            if (required) {
                errors.add(f.issue(field, "observatory.import.odk_required", field));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(f.issue(field, "observatory.import.odk_choice_invalid", value));
            return null;
        }
    }

    /** A select_multiple answer: choice names separated by spaces. */
    static <E extends Enum<E>> Set<E> choices(OdkFields f, String field, Class<E> type, List<ImportIssue> errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String name : f.value(field).split("\\s+")) {
            if (name.isEmpty()) {
                continue;
            }
            try {
                chosen.add(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(f.issue(field, "observatory.import.odk_choice_invalid", name));
            }
        }
        return chosen;
    }

    /** A date answer, as ODK writes it (2024-03-15; a time after it, if any, is ignored). */
    static LocalDate date(OdkFields f, String field, boolean required, List<ImportIssue> errors) {
        String value = f.value(field);
        if (value.isEmpty()) {
            if (required) {
                errors.add(f.issue(field, "observatory.import.odk_required", field));
            }
            return null;
        }
        LocalDate date = AcledDates.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        if (date == null) {
            errors.add(f.issue(field, "observatory.import.date_invalid", value));
        }
        return date;
    }

    /**
     * A victim of the repeat group, who suffered the incident's act. Identity fields are taken only with
     * the victim's consent to documentation, and their values never appear in a message.
     */
    static Optional<VictimDraft> victim(OdkFields v, LocalDate collectedOn, List<ImportIssue> errors) {
        int before = errors.size();
        Sex sex = choice(v, VICTIM_SEX, Sex.class, true, errors);
        Integer age = null;
        if (!v.value(VICTIM_AGE).isEmpty()) {
            age = v.value(VICTIM_AGE).matches("\\d{1,3}") ? Integer.valueOf(v.value(VICTIM_AGE)) : null;
            if (age == null || age > 150) {
                errors.add(v.issue(VICTIM_AGE, "observatory.import.odk_age_invalid", v.value(VICTIM_AGE)));
            }
        }
        AgeGroup group = choice(v, VICTIM_AGE_GROUP, AgeGroup.class, false, errors);
        Set<VictimCategory> categories = choices(v, VICTIM_CATEGORIES, VictimCategory.class, errors);
        Set<ConsentUse> uses = choices(v, VICTIM_CONSENT, ConsentUse.class, errors);
        Identity identity = identity(v);
        if (identity != null && !uses.contains(ConsentUse.DOCUMENTATION)) {
            errors.add(v.issue(VICTIM_NAME, "observatory.import.odk_identity_without_consent"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        if (group == null) {
            group = age == null ? AgeGroup.UNKNOWN : AgeGroup.of(age);
        }
        Consent consent = uses.isEmpty() ? Consent.none() : new Consent(uses, collectedOn, blankToNull(v.value(VICTIM_CONSENT_BY)));
        return Optional.of(new VictimDraft(sex, age, group, categories, List.of(0), identity, consent));
    }

    private static Identity identity(OdkFields v) {
        String name = v.value(VICTIM_NAME);
        String contact = v.value(VICTIM_CONTACT);
        String document = v.value(VICTIM_ID_DOCUMENT);
        if (name.isEmpty() && contact.isEmpty() && document.isEmpty()) {
            return null;
        }
        return new Identity(blankToNull(name), null, blankToNull(contact), blankToNull(document), null);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
