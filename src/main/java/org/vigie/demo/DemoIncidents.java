package org.vigie.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vigie.App;
import org.vigie.observatory.incidents.ActDraft;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.observatory.incidents.PerpetratorDraft;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.incidents.SourceDraft;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.security.Principal;

/**
 * Synthetic incidents for the demonstration: 60 invented events spread over Mali's nine regions of the 2015
 * code list, from January 2024, each titled and described as "[DÉMO]" and recorded with origin {@code demo}
 * (so a second start adds nothing). No real event, place name beyond the gazetteer's, or person is used.
 * A few are verified or dismissed by the demo analyst so that every status shows.
 */
final class DemoIncidents {
    static final int COUNT = 60;
    private static final String[] ACTS = {"01010101000004", "01010102000004", "01010502000004", "02011111000004", "03010100000004",
        "03010400000004", "13010300000004", "VG-ATTACK-SCHOOL", "VG-CHILD-RECRUITMENT", "VG-ATTACK-CONVOY-PASSENGER",
        "VG-DENIAL-HUMANITARIAN-ACCESS", "VG-ENFORCED-DISAPPEARANCE", "VG-THREAT-SCHOOL", "02011101000004"};
    private static final PerpetratorCategory[] WHO = {PerpetratorCategory.TERRORIST_GROUPS, PerpetratorCategory.ARMED_GROUPS,
        PerpetratorCategory.STATE_FORCES, PerpetratorCategory.SELF_DEFENCE_MILITIA, PerpetratorCategory.UNKNOWN,
        PerpetratorCategory.FOREIGN_FORCES_AND_PRIVATE_MILITARY_COMPANIES};

    private DemoIncidents() {
    }

    /** Records the demonstration incidents not yet recorded; returns how many were added. */
    static int load(App app, Principal analyst) {
        Observatory observatory = app.observatory();
        int added = observatory.recordAll(drafts(observatory), "demo", "local").added();
        if (added > 0) {
            addVictims(app, analyst);
            for (int i = 0; i < COUNT; i += 7) {
                long id = observatory.idOf(Origin.DEMO, externalId(i)).orElseThrow();
                app.verification().examine(analyst, "local", id);
                if (i % 21 == 14) {
                    app.verification().dismiss(analyst, "local", id);
                } else {
                    app.verification().verify(analyst, "local", id);
                }
            }
        }
        return added;
    }

    /**
     * One or two invented victims on every third incident: facts for the counts, and on some an invented
     * identity given with consent to documentation, so that the demonstration shows pseudonyms, the
     * audited reading of an identity and the restricted view.
     */
    private static void addVictims(App app, Principal analyst) {
        Random random = new Random(61);
        for (int i = 0; i < COUNT; i += 3) {
            long id = app.observatory().idOf(Origin.DEMO, externalId(i)).orElseThrow();
            LocalDate on = app.observatory().incident(id, analyst).date().start();
            for (int k = 0; k < 1 + i % 2; k++) {
                int age = random.nextInt(10) < 3 ? 6 + random.nextInt(11) : 18 + random.nextInt(50);
                Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
                boolean named = k == 0 && i % 9 == 0;
                Identity identity = named ? new Identity("[DÉMO] Personne fictive " + (i + 1), null, null, null,
                        "[DÉMO] Aucune personne réelle.") : null;
                Consent consent = new Consent(named ? Set.of(ConsentUse.DOCUMENTATION, ConsentUse.ANONYMISED_STATISTICS)
                        : Set.of(ConsentUse.ANONYMISED_STATISTICS), on, "victim");
                Set<VictimCategory> categories = age < 18 ? Set.of(VictimCategory.CIVILIAN, VictimCategory.CHILD) : Set.of(VictimCategory.CIVILIAN);
                app.victims().record(id, new VictimDraft(sex, age, AgeGroup.of(age), categories, List.of(0), identity, consent),
                        analyst, "local");
            }
        }
    }

    static List<IncidentDraft> drafts(Observatory observatory) {
        Gazetteer places = observatory.gazetteer();
        Random random = new Random(2026);
        List<AdminUnit> regions = places.regions();
        List<IncidentDraft> drafts = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            AdminUnit region = regions.get(i % regions.size());
            List<AdminUnit> cercles = places.children(region.pcode());
            AdminUnit cercle = cercles.get(random.nextInt(cercles.size()));
            List<AdminUnit> communes = places.children(cercle.pcode());
            AdminUnit place = communes.isEmpty() ? cercle : communes.get(random.nextInt(communes.size()));
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(640));
            IncidentDate date = i % 10 == 9 ? IncidentDate.in(YearMonth.from(day)) : IncidentDate.on(day);
            String act = ACTS[random.nextInt(i % 15 == 4 ? ACTS.length : ACTS.length - 1)];
            PerpetratorCategory who = WHO[random.nextInt(WHO.length)];
            List<ActDraft> acts = List.of(new ActDraft(act, random.nextInt(4),
                    List.of(new PerpetratorDraft(who, null, Observatory.DEFAULT_INVOLVEMENT))));
            String label = observatory.label(act, java.util.Locale.FRENCH);
            drafts.add(new IncidentDraft(date, place.pcode(), null, null, null, "[DÉMO] " + label + " — " + place.name(),
                    "[DÉMO] Incident fictif créé pour la démonstration de Vigie : " + label.toLowerCase(java.util.Locale.FRENCH)
                            + " signalé dans la commune de " + place.name() + ". Aucune personne réelle.",
                    "[DEMO] Invented incident for Vigie's demonstration. No real person.", acts,
                    List.of(new SourceDraft(Observatory.DEFAULT_SOURCE_KIND, "[DÉMO] Témoin fictif", date.start(),
                            Observatory.DEFAULT_RELIABILITY)), Origin.DEMO, externalId(i)));
        }
        return drafts;
    }

    static String externalId(int i) {
        return String.format("demo-%03d", i + 1);
    }
}
