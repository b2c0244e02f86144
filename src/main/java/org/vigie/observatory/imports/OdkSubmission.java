package org.vigie.observatory.imports;

import java.util.List;

/** One submission of Vigie's incident form: the incident's answers and one set of answers per victim. */
record OdkSubmission(OdkFields incident, List<OdkFields> victims) {

    OdkSubmission {
        victims = List.copyOf(victims);
    }
}
