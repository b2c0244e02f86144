package org.vigie.observatory.forms;

import static org.vigie.observatory.forms.OdkForm.*;
import static org.vigie.observatory.forms.XlsFormWriter.HINT_EN;
import static org.vigie.observatory.forms.XlsFormWriter.HINT_FR;
import static org.vigie.observatory.forms.XlsFormWriter.LABEL_EN;
import static org.vigie.observatory.forms.XlsFormWriter.LABEL_FR;
import static org.vigie.observatory.forms.XlsFormWriter.SENSITIVE;
import static org.vigie.observatory.forms.XlsFormWriter.row;

import java.util.List;
import java.util.Map;
import org.vigie.observatory.victims.ConsentUse;

/** The survey sheet of Vigie's incident form: the questions, in the order a monitor answers them. */
final class XlsFormSurvey {

    private static final String IF_CONSENT = "selected(${" + VICTIM_CONSENT + "}, '" + consent(ConsentUse.DOCUMENTATION) + "')";

    private XlsFormSurvey() {
    }

    static List<Map<String, String>> rows() {
        List<Map<String, String>> rows = XlsFormWriter.list();
        rows.add(row("type", "start", "name", "start"));
        rows.add(row("type", "end", "name", "end"));
        rows.add(q("begin_group", INCIDENT, "Incident", "Incident"));
        rows.add(q("select_one date_precision", DATE_PRECISION, "Précision de la date", "Date precision", "required", "yes"));
        rows.add(q("date", DATE_START, "Date (ou début de la période)", "Date (or start of the period)", "required", "yes",
                "constraint", ". <= today()"));
        rows.add(q("date", DATE_END, "Fin de la période (si plusieurs jours)", "End of the period (if several days)",
                "constraint", ". >= ${" + DATE_START + "} and . <= today()"));
        rows.add(q("select_one region", REGION, "Région", "Region", "required", "yes"));
        rows.add(q("select_one cercle", CERCLE, "Cercle", "Cercle", "choice_filter", "region=${" + REGION + "}"));
        rows.add(q("select_one commune", COMMUNE, "Commune", "Commune", "choice_filter", "cercle=${" + CERCLE + "}",
                "relevant", "${" + CERCLE + "} != ''"));
        rows.add(q("text", LOCALITY, "Localité (village, quartier)", "Locality (village, neighbourhood)"));
        rows.add(q("geopoint", LOCATION, "Position GPS", "GPS position"));
        rows.add(q("text", TITLE, "Titre", "Title", "required", "yes"));
        rows.add(q("text", DESCRIPTION_FR, "Description (français)", "Description (French)", "appearance", "multiline",
                HINT_FR, "Ne nommez pas les victimes ni les témoins.", HINT_EN, "Do not name victims or witnesses."));
        rows.add(q("text", DESCRIPTION_EN, "Description (anglais)", "Description (English)", "appearance", "multiline"));
        rows.add(q("select_one act_type", ACT_TYPE, "Type d’acte", "Type of act", "required", "yes", "appearance", "minimal"));
        rows.add(q("select_one perpetrator_category", PERPETRATOR_CATEGORY, "Auteur présumé", "Alleged perpetrator", "required", "yes"));
        rows.add(q("text", PERPETRATOR_GROUP, "Groupe ou unité nommé", "Named group or unit"));
        rows.add(q("select_one source_kind", SOURCE_KIND, "Type de source", "Kind of source", "appearance", "minimal"));
        rows.add(q("select_one reliability", SOURCE_RELIABILITY, "Fiabilité de la source", "Reliability of the source"));
        rows.add(q("text", SOURCE_DESCRIPTION, "Source (sans identifier personne)", "Source (identifying no one)"));
        rows.add(q("image", PHOTO, "Photo", "Photo", HINT_FR, "Aucun visage reconnaissable sans consentement.",
                HINT_EN, "No recognisable face without consent."));
        rows.add(q("audio", AUDIO, "Enregistrement sonore", "Audio recording"));
        rows.add(row("type", "end_group", "name", INCIDENT));
        rows.add(q("begin_repeat", VICTIMS, "Victime", "Victim"));
        rows.add(q("select_one sex", VICTIM_SEX, "Sexe", "Sex", "required", "yes"));
        rows.add(q("integer", VICTIM_AGE, "Âge (si connu)", "Age (if known)", "constraint", ". >= 0 and . <= 150"));
        rows.add(q("select_one age_group", VICTIM_AGE_GROUP, "Tranche d’âge", "Age group", "relevant", "${" + VICTIM_AGE + "} = ''"));
        rows.add(q("select_multiple victim_category", VICTIM_CATEGORIES, "Statut de la victime", "Status of the victim"));
        rows.add(q("select_multiple consent_use", VICTIM_CONSENT, "Consentement donné pour", "Consent given for"));
        rows.add(q("select_one consent_by", VICTIM_CONSENT_BY, "Consentement donné par", "Consent given by",
                "relevant", "count-selected(${" + VICTIM_CONSENT + "}) > 0"));
        rows.add(identity("text", VICTIM_NAME, "Nom complet", "Full name"));
        rows.add(identity("text", VICTIM_CONTACT, "Contact", "Contact"));
        rows.add(identity("text", VICTIM_ID_DOCUMENT, "Pièce d’identité", "Identity document"));
        rows.add(row("type", "end_repeat", "name", VICTIMS));
        return rows;
    }

    /** The choice name of a consent use, as the reader expects it. */
    static String consent(ConsentUse use) {
        return use.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> q(String type, String name, String fr, String en, String... more) {
        Map<String, String> row = row(more);
        row.put("type", type);
        row.put("name", name);
        row.put(LABEL_FR, fr);
        row.put(LABEL_EN, en);
        return row;
    }

    /** An identity field: asked only with consent to documentation, marked sensitive, never shown in summaries. */
    private static Map<String, String> identity(String type, String name, String fr, String en) {
        return q(type, name, fr, en, "relevant", IF_CONSENT, SENSITIVE, "true",
                HINT_FR, "Donnée protégée : chiffrée dans Vigie.", HINT_EN, "Protected: encrypted in Vigie.");
    }
}
