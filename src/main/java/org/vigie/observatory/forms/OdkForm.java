package org.vigie.observatory.forms;

import org.vigie.observatory.imports.OdkSubmissionReader;

/**
 * The names of Vigie's incident form for ODK Collect and KoboCollect: what {@link XlsFormWriter} writes
 * and {@link OdkSubmissionReader} reads back, so that the two cannot disagree.
 */
public final class OdkForm {

    public static final String FORM_ID = "vigie_incident";
    /** Raise when a field is added, renamed or removed: ODK Central refuses a changed form under the same version. */
    public static final String VERSION = "2026120701";

    public static final String INCIDENT = "incident";
    public static final String DATE_PRECISION = "date_precision";
    public static final String DATE_START = "date_start";
    public static final String DATE_END = "date_end";
    public static final String REGION = "region";
    public static final String CERCLE = "cercle";
    public static final String COMMUNE = "commune";
    public static final String LOCALITY = "locality";
    public static final String LOCATION = "location";
    public static final String TITLE = "title";
    public static final String DESCRIPTION_FR = "description_fr";
    public static final String DESCRIPTION_EN = "description_en";
    public static final String ACT_TYPE = "act_type";
    public static final String PERPETRATOR_CATEGORY = "perpetrator_category";
    public static final String PERPETRATOR_GROUP = "perpetrator_group";
    public static final String SOURCE_KIND = "source_kind";
    public static final String SOURCE_RELIABILITY = "source_reliability";
    public static final String SOURCE_DESCRIPTION = "source_description";
    public static final String PHOTO = "photo";
    public static final String AUDIO = "audio";

    public static final String VICTIMS = "victims";
    public static final String VICTIM_SEX = "victim_sex";
    public static final String VICTIM_AGE = "victim_age";
    public static final String VICTIM_AGE_GROUP = "victim_age_group";
    public static final String VICTIM_CATEGORIES = "victim_categories";
    public static final String VICTIM_CONSENT = "victim_consent";
    public static final String VICTIM_CONSENT_BY = "victim_consent_by";
    public static final String VICTIM_NAME = "victim_name";
    public static final String VICTIM_CONTACT = "victim_contact";
    public static final String VICTIM_ID_DOCUMENT = "victim_id_document";

    public static final String INSTANCE_ID = "instanceID";
    /** The form's title, in the XLSForm's settings and the XForm's head. */
    public static final String TITLE_TEXT = "Vigie – incident";

    private OdkForm() {
    }
}
