package org.vigie.observatory;

/**
 * The names of Vigie's incident form for ODK Collect and KoboCollect: what {@link XlsFormWriter} writes
 * and {@link OdkSubmissionReader} reads back, so that the two cannot disagree.
 */
final class OdkForm {

    static final String FORM_ID = "vigie_incident";
    /** Raise when a field is added, renamed or removed: ODK Central refuses a changed form under the same version. */
    static final String VERSION = "2026112901";

    static final String INCIDENT = "incident";
    static final String DATE_PRECISION = "date_precision";
    static final String DATE_START = "date_start";
    static final String DATE_END = "date_end";
    static final String REGION = "region";
    static final String CERCLE = "cercle";
    static final String COMMUNE = "commune";
    static final String LOCALITY = "locality";
    static final String LOCATION = "location";
    static final String TITLE = "title";
    static final String DESCRIPTION_FR = "description_fr";
    static final String DESCRIPTION_EN = "description_en";
    static final String ACT_TYPE = "act_type";
    static final String PERPETRATOR_CATEGORY = "perpetrator_category";
    static final String PERPETRATOR_GROUP = "perpetrator_group";
    static final String SOURCE_KIND = "source_kind";
    static final String SOURCE_RELIABILITY = "source_reliability";
    static final String SOURCE_DESCRIPTION = "source_description";

    static final String VICTIMS = "victims";
    static final String VICTIM_SEX = "victim_sex";
    static final String VICTIM_AGE = "victim_age";
    static final String VICTIM_AGE_GROUP = "victim_age_group";
    static final String VICTIM_CATEGORIES = "victim_categories";
    static final String VICTIM_CONSENT = "victim_consent";
    static final String VICTIM_CONSENT_BY = "victim_consent_by";
    static final String VICTIM_NAME = "victim_name";
    static final String VICTIM_CONTACT = "victim_contact";
    static final String VICTIM_ID_DOCUMENT = "victim_id_document";

    static final String INSTANCE_ID = "instanceID";

    private OdkForm() {
    }
}
