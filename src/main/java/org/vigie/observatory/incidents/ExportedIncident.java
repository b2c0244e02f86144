package org.vigie.observatory.incidents;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident as an export carries it: codes, dates, places, counts of victims and, only when the export
 * may hold free text, its locality and descriptions (null otherwise). Never a victim's identity, pseudonym
 * or any other victim detail beyond the counts.
 */
public record ExportedIncident(long id, String reference, LocalDate dateStart, LocalDate dateEnd, String datePrecision,
                               String pcode, String adm1, String adm2, String adm3, String title, String status,
                               boolean restricted, String locality, String descriptionFr, String descriptionEn,
                               List<String> actTypes, List<String> perpetrators, long victims, long female, long male,
                               long children) {
    public ExportedIncident {
        actTypes = List.copyOf(actTypes);
        perpetrators = List.copyOf(perpetrators);
    }
}
