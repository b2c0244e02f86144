package org.vigie.intake;

import static org.vigie.intake.JavaRosaForm.many;
import static org.vigie.intake.JavaRosaForm.name;
import static org.vigie.intake.JavaRosaForm.one;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.GeoPointData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryPrompt;

/**
 * What a monitor enters on the phone: an incident in a commune of the first region offered, with two victims,
 * the first named with her consent to documentation, the second with no identity; a photo if asked.
 */
public final class MonitorRecord {
    final String victimName;
    final String title;
    final boolean photo;
    final List<String> asked = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    public MonitorRecord(String victimName, String title, boolean photo) {
        this.victimName = victimName;
        this.title = title;
        this.photo = photo;
    }

    /** Fills the form question by question, as the phone shows them; returns the serialised instance. */
    public byte[] fill(JavaRosaForm f) throws Exception {
        int[] victims = {0};
        FormEntryPrompt p;
        while ((p = f.next(() -> victims[0] < 2)) != null) {
            String q = name(p);
            asked.add(q + (q.startsWith("victim_") ? "#" + victims[0] : ""));
            if (q.equals("victim_sex")) {
                victims[0]++;
            }
            var answer = switch (q) {
                case "date_precision" -> one(p, "day");
                case "date_start" -> new DateData(Date.from(LocalDate.now().minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)));
                case "region", "cercle", "commune", "act_type", "perpetrator_category" -> one(p, p.getSelectChoices().get(0).getValue());
                case "location" -> new GeoPointData(new double[] {14.49, -4.19, 270, 5});
                case "title" -> new StringData(title);
                case "description_fr" -> new StringData("Des hommes armés ont attaqué le marché.");
                case "photo" -> photo ? new StringData("photo.jpg") : null;
                case "victim_sex" -> one(p, victims[0] == 1 ? "female" : "male");
                case "victim_age" -> victims[0] == 1 ? new IntegerData(22) : null;
                case "victim_age_group" -> one(p, p.getSelectChoices().get(0).getValue());
                case "victim_consent" -> victims[0] == 1 ? many(p, "documentation") : null;
                case "victim_consent_by" -> one(p, "victim");
                case "victim_name" -> new StringData(victimName);
                case "victim_contact" -> new StringData("+223 76 00 11 22");
                default -> null;
            };
            if (answer != null && f.answer(p, answer) != FormEntryController.ANSWER_OK) {
                refused.add(q);
            }
        }
        return f.finish();
    }
}
