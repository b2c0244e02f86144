package org.vigie.reports.exports;

/**
 * The HXL hashtags Vigie's exports use (HXL standard 1.1: hxlstandard.org), so that OCHA's tools and
 * partners' spreadsheets read the columns without a mapping. See docs/reports.md for the full list.
 */
public final class Hxl {
    public static final String DATE_OCCURRED = "#date+occurred";
    public static final String DATE_REPORTED = "#date+reported";
    public static final String ADM1_CODE = "#adm1+code";
    public static final String ADM1_NAME = "#adm1+name";
    public static final String ADM2_CODE = "#adm2+code";
    public static final String ADM2_NAME = "#adm2+name";
    public static final String EVENT_ID = "#event+id";
    public static final String EVENT_TYPE = "#event+type";
    public static final String GROUP_PERPETRATOR = "#group+perpetrator";
    public static final String STATUS_VERIFICATION = "#status+verification";
    public static final String AFFECTED_KILLED = "#affected+killed";
    public static final String AFFECTED_INJURED = "#affected+injured";
    public static final String AFFECTED_FEMALE = "#affected+f";
    public static final String AFFECTED_MALE = "#affected+m";
    public static final String AFFECTED_CHILDREN = "#affected+children";
    public static final String AFFECTED_TOTAL = "#affected+total";
    public static final String INDICATOR_NUM = "#indicator+num";
    public static final String DESCRIPTION = "#description";

    private Hxl() {
    }
}
