package org.vigie.observatory.forms;

import static org.vigie.observatory.forms.XlsFormWriter.LABEL_EN;
import static org.vigie.observatory.forms.XlsFormWriter.LABEL_FR;
import static org.vigie.observatory.forms.XlsFormWriter.row;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.observatory.imports.AcledActs;
import org.vigie.observatory.incidents.DatePrecision;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.vocabulary.ExtensionTerm;
import org.vigie.observatory.vocabulary.Label;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * The choices sheet of Vigie's incident form: places with the code of the unit above them (the cascade's
 * filter columns), act types (Vigie's extension terms, then the HURIDOCS acts monitors in Mali record
 * most), and the fixed categories. Choice names are P-codes, term codes and lower-case category names.
 */
final class XlsFormChoices {

    /** HURIDOCS "Types of acts" offered in the form, ACLED's mappings among them. */
    static final List<String> MAIN_HURIDOCS_ACTS = List.of(
            "01010101000004", "01010102000004", AcledActs.KILLING_IN_CONFLICT, "01010400000004", AcledActs.INDISCRIMINATE_KILLING,
            "01010900000004", AcledActs.PHYSICAL_ASSAULT, AcledActs.SEXUAL_VIOLATION, "02011111000004", "02010302000004",
            AcledActs.ARREST, "03010200000004", "03010300000004", AcledActs.ABDUCTION, "05010400000004", "05010500000004",
            AcledActs.LIMITED_ASSEMBLY, AcledActs.LOOTING, "13010300000004", AcledActs.OTHER);
    static final int SOURCE_KINDS = 16;
    static final int RELIABILITY = 42;

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;

    XlsFormChoices(Gazetteer gazetteer, Vocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    List<Map<String, String>> rows() {
        List<Map<String, String>> rows = XlsFormWriter.list();
        for (DatePrecision p : DatePrecision.values()) {
            rows.add(choice("date_precision", name(p), p.label()));
        }
        for (AdminUnit unit : gazetteer.units(AdminLevel.REGION)) {
            rows.add(choice("region", unit.pcode().value(), new Label(unit.name(), unit.name())));
        }
        for (AdminUnit unit : gazetteer.units(AdminLevel.CERCLE)) {
            rows.add(place("cercle", unit, OdkForm.REGION));
        }
        for (AdminUnit unit : gazetteer.units(AdminLevel.COMMUNE)) {
            rows.add(place("commune", unit, OdkForm.CERCLE));
        }
        for (ExtensionTerm term : vocabulary.extensions()) {
            rows.add(choice("act_type", term.code(), term.term().label()));
        }
        for (String code : MAIN_HURIDOCS_ACTS) {
            rows.add(choice("act_type", code, vocabulary.term(code).orElseThrow(() -> new IllegalStateException(code)).label()));
        }
        for (PerpetratorCategory c : PerpetratorCategory.values()) {
            rows.add(choice("perpetrator_category", name(c), c.label()));
        }
        vocabulary.terms(SOURCE_KINDS).forEach(t -> rows.add(choice("source_kind", t.code(), t.label())));
        vocabulary.terms(RELIABILITY).forEach(t -> rows.add(choice("reliability", t.code(), t.label())));
        for (Sex s : Sex.values()) {
            rows.add(choice("sex", name(s), s.label()));
        }
        for (AgeGroup g : AgeGroup.values()) {
            rows.add(choice("age_group", name(g), g.label()));
        }
        for (VictimCategory c : VictimCategory.values()) {
            rows.add(choice("victim_category", name(c), c.label()));
        }
        for (ConsentUse u : ConsentUse.values()) {
            rows.add(choice("consent_use", name(u), u.label()));
        }
        rows.add(choice("consent_by", "victim", new Label("The victim", "La victime")));
        rows.add(choice("consent_by", "guardian", new Label("A parent or guardian", "Un parent ou tuteur")));
        return rows;
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> place(String list, AdminUnit unit, String parentColumn) {
        Map<String, String> row = choice(list, unit.pcode().value(), new Label(unit.name(), unit.name()));
        row.put(parentColumn, unit.parent().orElseThrow().value());
        return row;
    }

    private static Map<String, String> choice(String list, String name, Label label) {
        return row("list_name", list, "name", name, LABEL_FR, label.french(), LABEL_EN, label.english());
    }
}
