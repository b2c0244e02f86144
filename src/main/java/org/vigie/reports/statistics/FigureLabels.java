package org.vigie.reports.statistics;

import java.util.Locale;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Label;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.vocabulary.Term;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.registries.reparations.ClaimStatus;
import org.vigie.registries.proceedings.ProceedingStage;

/** The label in both languages of each code a figure's rows carry: places, act types, categories, statuses. */
final class FigureLabels {
    static final Label UNKNOWN = new Label("Unknown", "Inconnu");
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final Messages messages;

    FigureLabels(Gazetteer gazetteer, Vocabulary vocabulary, Messages messages) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    /** A region, cercle or commune by its P-code; place names are the same in both languages. */
    Label place(String code) {
        try {
            return gazetteer.find(PCode.of(code)).map(AdminUnit::name).map(n -> new Label(n, n)).orElse(new Label(code, code));
        } catch (RuntimeException notACode) {
            return UNKNOWN;
        }
    }

    Label actType(String code) {
        return vocabulary.term(code).map(Term::label).orElse(new Label(code, code));
    }

    Label perpetrator(String code) {
        return of(PerpetratorCategory.class, code) == null ? UNKNOWN : of(PerpetratorCategory.class, code).label();
    }

    Label sex(String code) {
        return of(Sex.class, code) == null ? UNKNOWN : of(Sex.class, code).label();
    }

    Label ageGroup(String code) {
        return of(AgeGroup.class, code) == null ? UNKNOWN : of(AgeGroup.class, code).label();
    }

    Label verification(String code) {
        return of(VerificationStatus.class, code) == null ? UNKNOWN : of(VerificationStatus.class, code).label();
    }

    Label stage(String code) {
        return of(ProceedingStage.class, code) == null ? UNKNOWN : of(ProceedingStage.class, code).label();
    }

    Label claimStatus(String code) {
        return of(ClaimStatus.class, code) == null ? UNKNOWN : of(ClaimStatus.class, code).label();
    }

    /** A tracker code (status, mechanism) by its message {@code prefix}; themes are shown as their sources word them. */
    Label message(String prefix, String code) {
        String key = prefix + code;
        return messages.has(Lang.EN, key) ? new Label(messages.get(Lang.EN, key), messages.get(Lang.FR, key)) : new Label(code, code);
    }

    static Label same(String text) {
        return new Label(text, text);
    }

    private static <E extends Enum<E>> E of(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
