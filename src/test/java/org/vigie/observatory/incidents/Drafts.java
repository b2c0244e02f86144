package org.vigie.observatory.incidents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/** Incident drafts for tests: real P-codes and vocabulary codes, synthetic facts. */
public final class Drafts {
    public static final String SUMMARY_EXECUTION = "01010101000004";
    public static final String RAPE = "02011101000004";
    public static final String DISAPPEARANCE = "03010300000004";
    public static final String ATTACK_SCHOOL = "VG-ATTACK-SCHOOL";
    static final String BANDIAGARA_COMMUNE = "ML050201";
    public static final String SANGHA = "ML050218";
    static final String MOPTI_COMMUNE = "ML050109";

    private Drafts() {
    }

    public static IncidentDraft draft(String pcode, LocalDate day, String... actTypes) {
        return draft(pcode, day, Origin.FORM, null, actTypes);
    }

    public static IncidentDraft draft(String pcode, LocalDate day, Origin origin, String externalId, String... actTypes) {
        List<ActDraft> acts = Arrays.stream(actTypes).map(t -> new ActDraft(t, 0,
                List.of(new PerpetratorDraft(PerpetratorCategory.ARMED_GROUPS, "Groupe X", Observatory.DEFAULT_INVOLVEMENT)))).toList();
        return new IncidentDraft(IncidentDate.on(day), PCode.of(pcode), "Quartier Nord", null, null, "Attaque au marché de " + pcode,
                "Des hommes armés ont attaqué le marché hebdomadaire.", null, acts,
                List.of(new SourceDraft(Observatory.DEFAULT_SOURCE_KIND, "Témoin joint par téléphone", day, Observatory.DEFAULT_RELIABILITY)),
                origin, externalId);
    }

    static IncidentDraft withPlace(IncidentDraft d, String pcode, String locality) {
        return new IncidentDraft(d.date(), PCode.of(pcode), locality, d.latitude(), d.longitude(), d.title(), d.descriptionFr(),
                d.descriptionEn(), d.acts(), d.sources(), d.origin(), d.externalId());
    }

    static IncidentDraft withPoint(IncidentDraft d, Double lat, Double lon) {
        return new IncidentDraft(d.date(), d.place(), d.locality(), lat, lon, d.title(), d.descriptionFr(),
                d.descriptionEn(), d.acts(), d.sources(), d.origin(), d.externalId());
    }

    static IncidentDraft withTitle(IncidentDraft d, String title) {
        return new IncidentDraft(d.date(), d.place(), d.locality(), d.latitude(), d.longitude(), title, d.descriptionFr(),
                d.descriptionEn(), d.acts(), d.sources(), d.origin(), d.externalId());
    }
}
