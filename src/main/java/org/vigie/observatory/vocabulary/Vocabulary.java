package org.vigie.observatory.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.ReferenceCsv;

/**
 * The controlled vocabularies of the observatory: HURIDOCS' micro-thesauri (50 lists, 4,501 hierarchical
 * terms in English and French) and Vigie's extension list for acts the resolution names and HURIDOCS
 * lacks, with the terms administrators add ({@link #with}). Codes are unique across all. Immutable: adding
 * terms gives a new vocabulary.
 */
public final class Vocabulary {

    /** Vigie's extension list; above the numbers HURIDOCS and OpenEvSys use (1 to 69). */
    public static final int VIGIE_EXTENSIONS = 100;

    private static final String RESOURCES = "/reference/vocabularies/";
    private static final VocabularyList EXTENSION_LIST = new VocabularyList(VIGIE_EXTENSIONS,
            new Label("Vigie: acts named by the resolution", "Vigie : actes nommés par la résolution"),
            VocabularyList.Origin.VIGIE);

    private final Map<Integer, VocabularyList> lists = new LinkedHashMap<>();
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final Map<String, List<Term>> children = new HashMap<>();
    private final Map<String, ExtensionTerm> extensions = new LinkedHashMap<>();

    private Vocabulary(List<VocabularyList> huridocsLists, List<Term> huridocsTerms, List<ExtensionTerm> extensionTerms) {
        huridocsLists.forEach(list -> add(list));
        add(EXTENSION_LIST);
        huridocsTerms.forEach(this::add);
        for (ExtensionTerm extension : extensionTerms) {
            add(extension.term());
            extensions.put(extension.code(), extension);
            checkRelated(extension);
        }
        terms.values().forEach(this::linkToParent);
    }

    private void checkRelated(ExtensionTerm extension) {
        for (String related : extension.relatedHuridocs()) {
            if (!terms.containsKey(related) || !terms.get(related).isHuridocs()) {
                throw new InvalidInput("vigie-extensions", "observatory.vocabulary.unknown_related_term", extension.code(), related);
            }
        }
    }

    /** A parent must exist, in the same list, one level up: pickers and counts by branch rely on it. */
    private void linkToParent(Term term) {
        term.parent().ifPresent(code -> {
            Term parent = terms.get(code);
            if (parent == null) {
                throw new InvalidInput("huridocs", "observatory.vocabulary.unknown_parent", term.code(), code);
            }
            if (parent.listCode() != term.listCode() || parent.level() != term.level() - 1) {
                throw new InvalidInput("huridocs", "observatory.vocabulary.misplaced_parent", term.code(), code);
            }
            children.computeIfAbsent(code, c -> new ArrayList<>()).add(term);
        });
    }

    /** HURIDOCS' micro-thesauri and Vigie's extension list as shipped in Vigie's resources. */
    public static Vocabulary standard() {
        return fromCsv(ReferenceCsv.resource(RESOURCES + "huridocs-lists.csv"),
                ReferenceCsv.resource(RESOURCES + "huridocs-esf-microthesauri.csv"),
                ReferenceCsv.resource(RESOURCES + "vigie-extensions.csv"));
    }

    /**
     * Reads the list names, the HURIDOCS terms and Vigie's extension terms.
     *
     * @throws InvalidInput naming the file and line of a malformed row, a code given twice, a term of an
     *     unknown list or a parent or related term that does not exist
     */
    public static Vocabulary fromCsv(String listNames, String huridocsTerms, String extensionTerms) {
        return new Vocabulary(VocabularyCsv.lists(listNames), VocabularyCsv.huridocsTerms(huridocsTerms),
                VocabularyCsv.extensions(extensionTerms, VIGIE_EXTENSIONS));
    }

    /**
     * This vocabulary with more Vigie terms (added by administrators), checked as the shipped ones are: a code
     * given twice, an unknown list or a parent missing, in another list or not one level up throws.
     */
    public Vocabulary with(List<ExtensionTerm> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<VocabularyList> huridocsLists = lists.values().stream().filter(l -> l.origin() == VocabularyList.Origin.HURIDOCS).toList();
        List<Term> huridocsTerms = terms.values().stream().filter(Term::isHuridocs).toList();
        List<ExtensionTerm> all = new ArrayList<>(extensions.values());
        all.addAll(added);
        return new Vocabulary(huridocsLists, huridocsTerms, all);
    }

    /** Every list, HURIDOCS' in their numbering then Vigie's. */
    public List<VocabularyList> lists() {
        return List.copyOf(lists.values());
    }

    public Optional<VocabularyList> list(int code) {
        return Optional.ofNullable(lists.get(code));
    }

    /** A term by its code: a HURIDOCS vocabulary number ({@code 01010101000004}) or a Vigie code ({@code VG-...}). */
    public Optional<Term> term(String code) {
        return Optional.ofNullable(terms.get(code));
    }

    /** A HURIDOCS term by list and 12-digit HURIDOCS code, as the micro-thesauri print them. */
    public Optional<Term> huridocsTerm(int listCode, String huriCode) {
        return huriCode.matches("\\d{12}") ? term(huriCode + String.format("%02d", listCode)) : Optional.empty();
    }

    /** The terms of a list in file order, every level included. */
    public List<Term> terms(int listCode) {
        return terms.values().stream().filter(t -> t.listCode() == listCode).toList();
    }

    /** The level 0 terms of a list, where a hierarchical picker starts. */
    public List<Term> topTerms(int listCode) {
        return terms.values().stream().filter(t -> t.listCode() == listCode && t.level() == 0).toList();
    }

    /** The terms directly below a term. */
    public List<Term> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    public List<ExtensionTerm> extensions() {
        return List.copyOf(extensions.values());
    }

    public Optional<ExtensionTerm> extension(String code) {
        return Optional.ofNullable(extensions.get(code));
    }

    /** The extension terms that count as this grave violation against children. */
    public List<ExtensionTerm> countingAs(GraveViolation violation) {
        return extensions.values().stream().filter(e -> e.graveViolations().contains(violation)).toList();
    }

    private void add(VocabularyList list) {
        if (lists.putIfAbsent(list.code(), list) != null) {
            throw new InvalidInput("huridocs-lists", "observatory.vocabulary.duplicate_list", list.code());
        }
    }

    private void add(Term term) {
        if (!lists.containsKey(term.listCode())) {
            throw new InvalidInput("huridocs", "observatory.vocabulary.unknown_list", term.code(), term.listCode());
        }
        if (terms.putIfAbsent(term.code(), term) != null) {
            throw new InvalidInput("vocabulary", "observatory.vocabulary.duplicate_code", term.code());
        }
    }
}
