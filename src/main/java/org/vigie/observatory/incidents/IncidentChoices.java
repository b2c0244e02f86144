package org.vigie.observatory.incidents;

import java.util.ArrayList;
import java.util.List;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.vocabulary.Term;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * What the incident form and filters offer to choose from. Places: every region, cercle and commune,
 * communes grouped under their cercle. Acts: the acts the resolution names (Vigie's extension terms and
 * the HURIDOCS terms in {@link #COMMON_ACTS}); any other HURIDOCS act is entered by its code, which keeps
 * the page light on a 2G link (list 4 has 532 terms).
 */
public record IncidentChoices(List<Group> places, List<Term> acts, List<Term> involvements, List<Term> sourceKinds,
                              List<Term> reliabilities) {

    /** A cercle with its region's name and its communes, as one {@code optgroup}. */
    public record Group(AdminUnit region, AdminUnit cercle, List<AdminUnit> communes) {
    }

    /** HURIDOCS list 4 terms for the violations the resolution names, offered first in the form. */
    static final List<String> COMMON_ACTS = List.of("01010101000004", "01010102000004", "01010300000004", "01010502000004",
            "02011111000004", "02010302000004", "03010100000004", "03010300000004", "03010400000004", "02011101000004",
            "02011103000004", "13010100000004", "13010300000004");

    public IncidentChoices {
        places = List.copyOf(places);
        acts = List.copyOf(acts);
    }

    static IncidentChoices of(Gazetteer gazetteer, Vocabulary vocabulary) {
        List<Group> places = new ArrayList<>();
        for (AdminUnit region : gazetteer.regions()) {
            for (AdminUnit cercle : gazetteer.children(region.pcode())) {
                places.add(new Group(region, cercle, gazetteer.children(cercle.pcode())));
            }
        }
        List<Term> acts = new ArrayList<>();
        COMMON_ACTS.forEach(code -> vocabulary.term(code).ifPresent(acts::add));
        vocabulary.extensions().forEach(e -> acts.add(e.term()));
        return new IncidentChoices(places, acts, vocabulary.terms(IncidentRules.DEGREES_OF_INVOLVEMENT),
                vocabulary.terms(IncidentRules.SOURCE_MATERIAL), vocabulary.terms(IncidentRules.RELIABILITY));
    }

    public List<PerpetratorCategory> perpetrators() {
        return List.of(PerpetratorCategory.values());
    }

    /**
     * The label of the term a blank select stands for (the default of involvement, source kind or reliability), so
     * that the empty option says which value a record will keep; the code itself when no list holds it.
     */
    public String defaultLabel(String code, java.util.Locale locale) {
        return java.util.stream.Stream.of(involvements, sourceKinds, reliabilities).flatMap(List::stream)
                .filter(t -> t.code().equals(code)).findFirst().map(t -> t.label().in(locale)).orElse(code);
    }

    public List<VerificationStatus> statuses() {
        return List.of(VerificationStatus.values());
    }
}
