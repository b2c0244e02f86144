package org.vigie.observatory.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.Names;
import org.vigie.observatory.vocabulary.Term;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Checks an {@link IncidentDraft} whole against the gazetteer, the vocabulary and the clock. The first
 * problem is thrown as an {@link InvalidInput} naming its field as the form names it ({@code title},
 * {@code acts[0].act_type}, {@code sources[1].reliability}; indexes count from 0).
 */
public final class IncidentRules {
    public static final int TYPES_OF_ACTS = 4;
    static final int SOURCE_MATERIAL = 16;
    static final int DEGREES_OF_INVOLVEMENT = 18;
    static final int RELIABILITY = 42;
    /** Mali's bounding box with a margin of about 10 km; a point outside is a typing error (often swapped signs). */
    static final double SOUTH = 10.05, NORTH = 25.1, WEST = -12.35, EAST = 4.35;
    static final int MAX_TITLE = 300, MAX_DESCRIPTION = 20_000, MAX_LOCALITY = 200, MAX_SOURCE = 2000, MAX_EXTERNAL_ID = 200;

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final Clock clock;

    IncidentRules(Gazetteer gazetteer, Vocabulary vocabulary, Clock clock) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    void check(IncidentDraft d) {
        Faults faults = new Faults();
        check(d, faults);
        faults.throwIfAny();
    }

    /** Every rule the draft breaks, each kept in {@code faults} so that a form names them all at once. */
    void check(IncidentDraft d, Faults faults) {
        faults.run(() -> {
            if (d.date() == null) {
                throw new InvalidInput("date_start", "observatory.date.missing");
            }
            d.date().notAfterToday(clock);
        });
        faults.run(() -> checkPlace(d.place(), d.locality()));
        faults.run(() -> text("title", d.title(), MAX_TITLE, true));
        faults.run(() -> text("locality", d.locality(), MAX_LOCALITY, false));
        faults.run(() -> text("description_fr", d.descriptionFr(), MAX_DESCRIPTION, false));
        faults.run(() -> text("description_en", d.descriptionEn(), MAX_DESCRIPTION, false));
        if (blank(d.descriptionFr()) && blank(d.descriptionEn())) {
            faults.add("description_fr", "observatory.incident.description_missing");
        }
        faults.run(() -> checkCoordinates(d.latitude(), d.longitude()));
        faults.run(() -> text("external_id", d.externalId(), MAX_EXTERNAL_ID, false));
        if (d.acts().isEmpty() && !faults.has("acts[0].act_type")) {
            faults.add("acts", "observatory.incident.no_act");
        }
        for (int i = 0; i < d.acts().size(); i++) {
            checkAct("acts[" + i + "].", d.acts().get(i), faults);
        }
        for (int i = 0; i < d.sources().size(); i++) {
            String prefix = "sources[" + i + "].";
            SourceDraft source = d.sources().get(i);
            faults.run(() -> checkSource(prefix, source));
        }
    }

    void checkSource(String prefix, SourceDraft s) {
        term(prefix + "kind", s.kind(), SOURCE_MATERIAL);
        text(prefix + "description", s.description(), MAX_SOURCE, true);
        if (s.reportedOn() != null && s.reportedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(prefix + "reported_on", "observatory.date.in_future", s.reportedOn().toString(),
                    LocalDate.now(clock).toString());
        }
        term(prefix + "reliability", s.reliability(), RELIABILITY);
    }

    private void checkPlace(PCode place, String locality) {
        if (place == null) {
            throw new InvalidInput("pcode", "error.required");
        }
        if (gazetteer.find(place).isEmpty()) {
            throw new InvalidInput("pcode", "observatory.incident.unknown_place", place.value(), gazetteer.edition(),
                    suggestions(place, locality));
        }
    }

    /**
     * Names near a code this edition lacks: units of its nearest known parent and units named like the
     * locality typed; those both inside the parent and starting like the locality first.
     */
    String suggestions(PCode place, String locality) {
        PCode parent = place.parent().orElse(null);
        while (parent != null && gazetteer.find(parent).isEmpty()) {
            parent = parent.parent().orElse(null);
        }
        List<AdminUnit> near = new ArrayList<>(parent == null ? gazetteer.regions() : gazetteer.children(parent));
        String typed = blank(locality) ? "" : Names.fold(locality);
        if (!typed.isEmpty()) {
            gazetteer.search(typed.substring(0, Math.min(3, typed.length()))).stream().filter(u -> !near.contains(u)).forEach(near::add);
        }
        PCode within = parent;
        String start = typed.substring(0, Math.min(3, typed.length()));
        near.sort(Comparator.comparing((AdminUnit u) -> within == null || !u.pcode().isWithin(within))
                .thenComparing(u -> typed.isEmpty() || !Names.fold(u.name()).startsWith(start)));
        return near.stream().limit(8).map(u -> u.name() + " (" + u.pcode() + ")").collect(Collectors.joining(", "));
    }

    private void checkAct(String prefix, ActDraft act, Faults faults) {
        String type = act.actType() == null ? "" : act.actType().strip();
        faults.run(() -> {
            Term term = vocabulary.term(type).orElseThrow(() -> new InvalidInput(prefix + "act_type", "observatory.incident.unknown_term", type));
            if (term.listCode() != TYPES_OF_ACTS && term.listCode() != Vocabulary.VIGIE_EXTENSIONS) {
                throw new InvalidInput(prefix + "act_type", "observatory.incident.not_an_act", type);
            }
        });
        if (act.unrecordedVictims() < 0 || act.unrecordedVictims() > 100_000) {
            faults.add(prefix + "unrecorded_victims", "error.range", act.unrecordedVictims());
        }
        for (int j = 0; j < act.perpetrators().size(); j++) {
            PerpetratorDraft p = act.perpetrators().get(j);
            String at = prefix + "perpetrators[" + j + "].";
            if (p.category() == null) {
                faults.add(at + "category", "error.required");
            }
            faults.run(() -> text(at + "group_name", p.groupName(), MAX_LOCALITY, false));
            faults.run(() -> term(at + "involvement", p.involvement(), DEGREES_OF_INVOLVEMENT));
        }
    }

    private void term(String field, String code, int list) {
        if (blank(code)) {
            throw new InvalidInput(field, "error.required");
        }
        Term t = vocabulary.term(code.strip()).orElseThrow(() -> new InvalidInput(field, "observatory.incident.unknown_term", code));
        if (t.listCode() != list) {
            throw new InvalidInput(field, "observatory.incident.wrong_list", code, list);
        }
    }

    private static void checkCoordinates(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw new InvalidInput(lat == null ? "latitude" : "longitude", "observatory.incident.coordinates_pair");
        }
        if (lat != null && (lat.isNaN() || lat < SOUTH || lat > NORTH)) {
            throw new InvalidInput("latitude", "observatory.incident.outside_mali", lat, lon);
        }
        if (lon != null && (lon.isNaN() || lon < WEST || lon > EAST)) {
            throw new InvalidInput("longitude", "observatory.incident.outside_mali", lat, lon);
        }
    }

    private static void text(String field, String value, int max, boolean required) {
        if (required && blank(value)) {
            throw new InvalidInput(field, "error.required");
        }
        if (value != null && value.strip().length() > max) {
            throw new InvalidInput(field, "error.too_long", max);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
