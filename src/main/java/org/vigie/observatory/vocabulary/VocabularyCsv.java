package org.vigie.observatory.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.observatory.imports.AcledSubEventType;
import org.vigie.observatory.places.ReferenceCsv;

/** Reads the three vocabulary files: HURIDOCS' list names, HURIDOCS' terms and Vigie's extension terms. */
final class VocabularyCsv {

    private VocabularyCsv() {
    }

    static List<VocabularyList> lists(String text) {
        List<VocabularyList> lists = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.parse("huridocs-lists", text)) {
            lists.add(new VocabularyList(row.number("list_code"), label(row), VocabularyList.Origin.HURIDOCS));
        }
        return lists;
    }

    static List<Term> huridocsTerms(String text) {
        List<Term> terms = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.parse("huridocs", text)) {
            int list = row.number("list_code");
            String huriCode = row.required("huri_code");
            String parent = row.required("parent");
            Label label = HuridocsCorrections.corrected(list, huriCode, label(row));
            terms.add(term(row, row.required("vocab_number"), list, row.number("level"),
                    parent.equals("0") ? Optional.empty() : Optional.of(parent), label));
        }
        return terms;
    }

    static List<ExtensionTerm> extensions(String text, int listCode) {
        List<ExtensionTerm> terms = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.parse("vigie-extensions", text)) {
            Term term = term(row, row.required("code"), listCode, 0, Optional.empty(), label(row));
            if (term.isHuridocs()) {
                throw row.fault("extension code " + term.code() + " does not start with VG-");
            }
            Set<GraveViolation> grave = EnumSet.noneOf(GraveViolation.class);
            for (String name : split(row.optional("grave_violations"))) {
                try {
                    grave.add(GraveViolation.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw row.fault("unknown grave violation " + name);
                }
            }
            Set<AcledSubEventType> acled = EnumSet.noneOf(AcledSubEventType.class);
            for (String name : split(row.optional("acled_sub_event_types"))) {
                acled.add(AcledSubEventType.fromAcledLabel(name).orElseThrow(() -> row.fault("unknown ACLED sub-event type " + name)));
            }
            terms.add(new ExtensionTerm(term, grave, acled, split(row.optional("related_huridocs"))));
        }
        return terms;
    }

    private static Term term(ReferenceCsv.Row row, String code, int list, int level, Optional<String> parent, Label label) {
        try {
            return new Term(code, list, level, parent, label);
        } catch (IllegalArgumentException e) {
            throw row.fault(e.getMessage());
        }
    }

    private static Label label(ReferenceCsv.Row row) {
        return new Label(row.required("english"), row.required("french"));
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
