package org.vigie.texts.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.texts.Clause;
import org.vigie.texts.Paragraph;
import org.vigie.texts.ParagraphNames;
import org.vigie.texts.Resolution;
import org.vigie.texts.analysis.CommitmentFinder;

/**
 * What is new in the operative part from one year's resolution to the next, for a delegation: the demands of the
 * paragraphs added, the addressees asked to act that the older text did not ask, the deadlines it did not set,
 * and the paragraphs kept whose opening verb became stronger ("encourages" to "calls upon") or weaker
 * ("urges" to "requests"). It reads the pairs {@link TextComparison} made by content, not by number.
 */
public record OperativeSummary(List<Demand> newDemands, List<String> newAddressees, List<String> newDeadlines,
                               List<VerbChange> verbChanges) {

    /** A clause that asks someone to act, in an operative paragraph the older text did not have. */
    public record Demand(String paragraph, String verb, List<String> addressees, String action) {
    }

    /** The opening verb of a kept paragraph, before and after, and whether the Council now asks more or less. */
    public record VerbChange(String oldParagraph, String newParagraph, String oldVerb, String newVerb, String direction) {
    }

    /** The force of an asking verb, weakest first; verbs not listed are not ranked. */
    private static final Map<String, Integer> STRENGTH = Map.ofEntries(
            Map.entry("invite", 1), Map.entry("invites", 1), Map.entry("encourage", 2), Map.entry("encourages", 2),
            Map.entry("calls upon", 3), Map.entry("calls on", 3), Map.entry("requests", 3), Map.entry("prie", 3),
            Map.entry("demande", 3), Map.entry("appelle", 3), Map.entry("engage", 3), Map.entry("urges", 4), Map.entry("exhorte", 4),
            Map.entry("engage instamment", 4), Map.entry("demands", 5), Map.entry("exige", 5));

    public static OperativeSummary of(Resolution older, Resolution newer, List<TextComparison.ParagraphChange> changes) {
        List<Demand> demands = new ArrayList<>();
        List<VerbChange> verbs = new ArrayList<>();
        for (TextComparison.ParagraphChange c : changes) {
            Paragraph now = operative(newer, c.newName());
            Paragraph before = operative(older, c.oldName());
            if (c.change() == TextComparison.Change.ADDED && now != null) {
                now.clauses().stream().filter(cl -> cl.kind().asksToAct())
                        .forEach(cl -> demands.add(new Demand(c.newName(), cl.verb(), cl.addressees(), cl.action())));
            } else if (now != null && before != null && !now.clauses().isEmpty() && !before.clauses().isEmpty()) {
                verbChange(c, before.clauses().get(0), now.clauses().get(0)).ifPresent(verbs::add);
            }
        }
        Set<String> askedBefore = new HashSet<>();
        addressees(older).forEach(a -> askedBefore.add(a.toLowerCase(Locale.ROOT)));
        List<String> newAddressees = addressees(newer).stream()
                .filter(a -> !askedBefore.contains(a.toLowerCase(Locale.ROOT))).toList();
        Set<String> deadlinesBefore = deadlines(older);
        List<String> newDeadlines = deadlines(newer).stream().filter(d -> !deadlinesBefore.contains(d)).toList();
        return new OperativeSummary(demands, newAddressees, newDeadlines, verbs);
    }

    private static java.util.Optional<VerbChange> verbChange(TextComparison.ParagraphChange c, Clause before, Clause now) {
        String oldVerb = before.verb().toLowerCase(Locale.ROOT);
        String newVerb = now.verb().toLowerCase(Locale.ROOT);
        Integer was = strength(oldVerb);
        Integer is = strength(newVerb);
        if (was == null || is == null || was.equals(is)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new VerbChange(c.oldName(), c.newName(), before.verb(), now.verb(),
                is > was ? "stronger" : "weaker"));
    }

    private static Integer strength(String verb) {
        Integer best = null;
        for (Map.Entry<String, Integer> e : STRENGTH.entrySet()) {
            if (verb.equals(e.getKey()) || verb.startsWith(e.getKey() + " ") || verb.endsWith(" " + e.getKey())
                    || verb.contains(" " + e.getKey() + " ")) {
                best = best == null ? e.getValue() : Math.max(best, e.getValue());
            }
        }
        return best;
    }

    /** The operative paragraph a comparison names ("OP3", or a label), or null. */
    private static Paragraph operative(Resolution r, String name) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i < r.operative().size(); i++) {
            if (name.equals(ParagraphNames.operative(r, i))) {
                return r.operative().get(i);
            }
        }
        return null;
    }

    /** The deadlines the operative part sets for whoever it asks (the State, the Secretary-General, the Expert …). */
    private static Set<String> deadlines(Resolution r) {
        Set<String> all = new LinkedHashSet<>();
        for (Paragraph p : r.operative()) {
            for (Clause c : p.clauses()) {
                String deadline = c.kind().asksToAct() && c.action() != null ? CommitmentFinder.deadline(c.action()) : null;
                if (deadline != null) {
                    all.add(deadline);
                }
            }
        }
        return all;
    }

    private static Set<String> addressees(Resolution r) {
        Set<String> all = new LinkedHashSet<>();
        for (Paragraph p : r.operative()) {
            for (Clause c : p.clauses()) {
                if (c.kind().asksToAct()) {
                    c.addressees().forEach(a -> all.add(a));
                }
            }
        }
        return all;
    }
}
