package org.vigie.observatory.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Conflict;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.IncidentRules;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.victims.Names;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The terms administrators add to the vocabulary, and the vocabulary of the moment they make with the shipped
 * one ({@link #current}, which the {@link Observatory} reads). A term goes into HURIDOCS' "Types of acts"
 * (list 4, below a parent or not) or Vigie's extension list (100); its code is {@code VG-} and its English
 * label in capitals. A term in use, or with terms below it, is never deleted; HURIDOCS' and Vigie's shipped
 * terms never are. Every change is audited; administrators only.
 */
public final class VocabularyTerms {
    static final int MAX_LABEL = 300;
    /** Room for {@code -99} within the 64 characters the table allows. */
    static final int MAX_SLUG = 56;
    static final List<Integer> OPEN_LISTS = List.of(IncidentRules.TYPES_OF_ACTS, Vocabulary.VIGIE_EXTENSIONS);

    private final Jdbi jdbi;
    private final VocabularyTermStore store;
    private final AuditStore audit;
    private final Vocabulary shipped;
    private final AtomicReference<Vocabulary> current;

    public VocabularyTerms(Jdbi jdbi, AuditStore audit, Vocabulary shipped) {
        this.jdbi = jdbi;
        this.store = new VocabularyTermStore(jdbi);
        this.audit = audit;
        this.shipped = shipped;
        this.current = new AtomicReference<>(build(store.all()));
    }

    /** The shipped vocabulary with every term administrators added. */
    public Vocabulary current() {
        return current.get();
    }

    /** Reads the added terms again: another node added one (org.vigie.cluster, issue 18). */
    public synchronized void reload() {
        current.set(build(store.all()));
    }

    /** The added terms, oldest first, with the number of acts of each. */
    public List<AddedTerm> added() {
        Vocabulary v = current();
        Map<String, Long> uses = store.uses();
        return store.all().stream().map(r -> new AddedTerm(v.extension(r.code()).orElseThrow(), r.createdBy(), r.createdAt(),
                uses.getOrDefault(r.code(), 0L))).toList();
    }

    /**
     * Adds a term and returns it.
     *
     * @throws InvalidInput naming the field: a list not open to additions, a label missing or too long, a
     *     parent unknown or in another list
     */
    public synchronized ExtensionTerm add(Principal who, String ip, NewTerm req) {
        requireAdministrator(who);
        Vocabulary v = current();
        if (!OPEN_LISTS.contains(req.listCode())) {
            throw new InvalidInput("term_list", "observatory.vocabulary.list_closed", req.listCode());
        }
        label("term_english", req.english());
        label("term_french", req.french());
        Optional<Term> parent = Optional.empty();
        if (!req.parent().isEmpty()) {
            Term p = v.term(req.parent()).orElseThrow(() -> new InvalidInput("term_parent", "observatory.incident.unknown_term", req.parent()));
            if (p.listCode() != req.listCode()) {
                throw new InvalidInput("term_parent", "observatory.vocabulary.parent_other_list", req.parent(), req.listCode());
            }
            parent = Optional.of(p);
        }
        Term term = new Term(code(v, req.english()), req.listCode(), parent.map(p -> p.level() + 1).orElse(0),
                parent.map(Term::code), new Label(req.english(), req.french()));
        ExtensionTerm added = new ExtensionTerm(term, req.graveViolations(), req.acledSubEventTypes(), List.of());
        Vocabulary next = v.with(List.of(added));
        jdbi.useTransaction(h -> {
            store.insert(h, added, who.username());
            audit.record(h, AuditEvent.of(who.username(), "vocabulary.term.added", "term:" + term.code(), ip)
                    .with("list", Integer.toString(term.listCode())).with("parent", term.parent().orElse(""))
                    .with("english", term.label().english()).with("french", term.label().french()));
        });
        current.set(next);
        return added;
    }

    /**
     * Deletes a term an administrator added.
     *
     * @throws Conflict when the term is shipped (HURIDOCS or Vigie), used by an act, or has terms below it
     * @throws NotFound when no term has this code
     */
    public synchronized void delete(Principal who, String ip, String code) {
        requireAdministrator(who);
        Vocabulary v = current();
        v.term(code).orElseThrow(() -> new NotFound("term " + code));
        jdbi.useTransaction(h -> {
            if (store.find(h, code).isEmpty()) {
                throw new Conflict("term", "observatory.vocabulary.term_shipped", code);
            }
            if (!v.children(code).isEmpty()) {
                throw new Conflict("term", "observatory.vocabulary.term_has_children", code, v.children(code).size());
            }
            long uses = store.lockedUses(h, code);
            if (uses > 0) {
                throw new Conflict("term", "observatory.vocabulary.term_in_use", code, uses);
            }
            store.delete(h, code);
            audit.record(h, AuditEvent.of(who.username(), "vocabulary.term.deleted", "term:" + code, ip));
        });
        current.set(build(store.all()));
    }

    /** {@code VG-} and the English label folded to capitals and hyphens, numbered when already taken. */
    static String code(Vocabulary v, String english) {
        String slug = Names.fold(english).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw new InvalidInput("term_english", "observatory.vocabulary.no_code", english);
        }
        String code = "VG-" + slug;
        for (int n = 2; v.term(code).isPresent(); n++) {
            code = "VG-" + slug + "-" + n;
        }
        return code;
    }

    private Vocabulary build(List<VocabularyTermStore.Row> rows) {
        Map<String, Integer> levels = new HashMap<>();
        List<ExtensionTerm> terms = new ArrayList<>();
        for (VocabularyTermStore.Row r : rows) {
            int level = r.parent().map(p -> levels.containsKey(p) ? levels.get(p) + 1
                    : shipped.term(p).map(t -> t.level() + 1).orElse(1)).orElse(0);
            levels.put(r.code(), level);
            terms.add(new ExtensionTerm(new Term(r.code(), r.listCode(), level, r.parent(), r.label()), r.graveViolations(),
                    r.acledSubEventTypes(), List.of()));
        }
        return shipped.with(terms);
    }

    private static void label(String field, String text) {
        if (text.isEmpty()) {
            throw new InvalidInput(field, "error.required");
        }
        if (text.length() > MAX_LABEL) {
            throw new InvalidInput(field, "error.too_long", MAX_LABEL);
        }
    }

    private static void requireAdministrator(Principal who) {
        if (!who.is(Role.ADMINISTRATOR)) {
            throw new Forbidden("vocabulary terms");
        }
    }
}
