package org.vigie.observatory.incidents;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Term;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Says whether two incidents may be the same event reported twice: the same cercle (so the same commune
 * too), dates that overlap or lie at most {@value #DAYS} days apart, and similar acts. Acts are similar when
 * they are the same term, one lies below the other, they share a parent (siblings such as "Rape" and
 * "Attempted rape"), or a Vigie extension term names the other as its nearest HURIDOCS term. An incident
 * known only by its region is never flagged: a region is too large to say anything.
 */
final class DuplicateFinder {
    static final int DAYS = 3;

    /** What duplicate detection compares. */
    record Candidate(long id, PCode place, IncidentDate date, Set<String> actTypes) {
        Candidate {
            actTypes = Set.copyOf(actTypes);
        }
    }

    private final Vocabulary vocabulary;

    DuplicateFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean similar(Candidate a, Candidate b) {
        return a.id() != b.id() && samePlace(a.place(), b.place()) && closeDates(a.date(), b.date()) && similarActs(a.actTypes(), b.actTypes());
    }

    /** The pairs among {@code pairs} that are similar, given each incident's facts by id. */
    List<long[]> similarPairs(List<long[]> pairs, Map<Long, Candidate> byId) {
        List<long[]> out = new ArrayList<>();
        for (long[] p : pairs) {
            Candidate a = byId.get(p[0]);
            Candidate b = byId.get(p[1]);
            if (a != null && b != null && similar(a, b)) {
                out.add(p);
            }
        }
        return out;
    }

    static boolean samePlace(PCode a, PCode b) {
        return a.level() != AdminLevel.REGION && b.level() != AdminLevel.REGION && cercle(a).equals(cercle(b));
    }

    private static String cercle(PCode p) {
        return p.value().substring(0, AdminLevel.CERCLE.codeLength());
    }

    static boolean closeDates(IncidentDate a, IncidentDate b) {
        return !a.start().minus(DAYS, ChronoUnit.DAYS).isAfter(b.end()) && !b.start().minus(DAYS, ChronoUnit.DAYS).isAfter(a.end());
    }

    boolean similarActs(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (similarAct(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean similarAct(String x, String y) {
        if (x.equals(y) || below(x, y) || below(y, x) || related(x, y) || related(y, x)) {
            return true;
        }
        Optional<String> px = vocabulary.term(x).flatMap(Term::parent);
        return px.isPresent() && px.equals(vocabulary.term(y).flatMap(Term::parent));
    }

    private boolean below(String child, String ancestor) {
        Optional<String> p = vocabulary.term(child).flatMap(Term::parent);
        while (p.isPresent()) {
            if (p.get().equals(ancestor)) {
                return true;
            }
            p = vocabulary.term(p.get()).flatMap(Term::parent);
        }
        return false;
    }

    private boolean related(String extension, String huridocs) {
        return vocabulary.extension(extension).map(e -> e.relatedHuridocs().stream()
                .anyMatch(r -> r.equals(huridocs) || below(huridocs, r) || below(r, huridocs))).orElse(false);
    }
}
