package org.vigie.observatory.vocabulary;

/**
 * Errors in the HURIDOCS file as OpenEvSys ships it, corrected as terms are read, so the file itself stays
 * as published and each correction is visible here and in docs/observatory-reference.md.
 */
final class HuridocsCorrections {

    static final int VIOLATION_STATUS = 41;
    private static final String UNLIKELY = "020000000000";
    private static final String LIKELY = "040000000000";

    private HuridocsCorrections() {
    }

    /**
     * In list 41 (violation status) the French labels of "Unlikely" and "Likely" are swapped: the file
     * gives "Unlikely" as "Probable" and "Likely" as "Improbable". An analyst reading French would mark a
     * likely violation as unlikely. The swap is only undone while the file still has it, so a corrected
     * file is read as it is.
     */
    static Label corrected(int list, String huriCode, Label label) {
        if (list != VIOLATION_STATUS) {
            return label;
        }
        if (huriCode.equals(UNLIKELY) && label.french().equals("Probable")) {
            return new Label(label.english(), "Improbable");
        }
        if (huriCode.equals(LIKELY) && label.french().equals("Improbable")) {
            return new Label(label.english(), "Probable");
        }
        return label;
    }
}
