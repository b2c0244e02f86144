package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryPrompt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.observatory.forms.OdkForm;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XForm Vigie serves, run in JavaRosa, the form engine inside ODK Collect, as a monitor fills it. */
class XFormJavaRosaTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();
    static CollectPhone.Form form;
    @TempDir
    static Path media;

    @BeforeAll
    static void download() throws Exception {
        var enrolled = vigie.app().fieldDevices().enrol(vigie.principal(Role.ADMINISTRATOR), "127.0.0.1",
                RunningVigie.username(Role.MONITOR), "Mopti 1");
        form = new CollectPhone(vigie.base() + "/odk/key/" + enrolled.token()).download();
        CollectPhone.saveMedia(form, media);
    }

    private static JavaRosaForm open(String language) throws Exception {
        return new JavaRosaForm(form.xml(), media, language);
    }

    @Test
    void the_form_loads_fills_and_serialises_in_english_with_two_victims() throws Exception {
        MonitorRecord record = new MonitorRecord("Aminata Diallo", "Attack on the market", true);

        Document instance = CollectPhone.parse(record.fill(open("English (en)")));

        assertThat(record.refused).isEmpty();
        Element root = instance.getDocumentElement();
        assertThat(root.getAttribute("id")).isEqualTo(OdkForm.FORM_ID);
        assertThat(root.getAttribute("version")).isEqualTo(form.version());
        NodeList victims = instance.getElementsByTagName(OdkForm.VICTIMS);
        assertThat(victims.getLength()).isEqualTo(2);
        assertThat(((Element) victims.item(0)).getElementsByTagName(OdkForm.VICTIM_NAME).item(0).getTextContent()).isEqualTo("Aminata Diallo");
        assertThat(instance.getElementsByTagName(OdkForm.INSTANCE_ID).item(0).getTextContent()).startsWith("uuid:");
        assertThat(instance.getElementsByTagName(OdkForm.PHOTO).item(0).getTextContent()).isEqualTo("photo.jpg");
        assertThat(instance.getElementsByTagName("location").item(0).getTextContent()).startsWith("14.49 -4.19");
    }

    @Test
    void questions_and_choices_read_in_french_and_in_english() throws Exception {
        JavaRosaForm fr = open("Français (fr)");
        FormEntryPrompt first = fr.next(() -> false);
        JavaRosaForm en = open("English (en)");
        FormEntryPrompt firstEn = en.next(() -> false);

        assertThat(first.getQuestionText()).isEqualTo("Précision de la date");
        assertThat(JavaRosaForm.choice(first, "day").getLabelInnerText()).isNull();
        assertThat(first.getSelectChoiceText(JavaRosaForm.choice(first, "day"))).isEqualTo("Jour");
        assertThat(firstEn.getQuestionText()).isEqualTo("Date precision");
        assertThat(firstEn.getSelectChoiceText(JavaRosaForm.choice(firstEn, "day"))).isEqualTo("Day");
    }

    @Test
    void the_cercles_offered_are_those_of_the_region_chosen_and_the_communes_those_of_the_cercle() throws Exception {
        JavaRosaForm f = open("English (en)");
        FormEntryPrompt p;
        int cercles = -1;
        int communes = -1;
        String region = null;
        while ((p = f.next(() -> false)) != null) {
            switch (JavaRosaForm.name(p)) {
                case "region" -> {
                    region = p.getSelectChoices().get(1).getValue();
                    f.answer(p, JavaRosaForm.one(p, region));
                }
                case "cercle" -> {
                    cercles = p.getSelectChoices().size();
                    String prefix = region;
                    assertThat(p.getSelectChoices()).allSatisfy(c -> assertThat(c.getValue()).startsWith(prefix));
                    f.answer(p, JavaRosaForm.one(p, p.getSelectChoices().get(0).getValue()));
                }
                case "commune" -> communes = p.getSelectChoices().size();
                default -> {
                }
            }
        }
        assertThat(cercles).isBetween(1, 49);
        assertThat(communes).isBetween(1, 700);
    }

    @Test
    void an_age_over_150_is_refused_as_on_the_phone() throws Exception {
        JavaRosaForm f = open("English (en)");
        FormEntryPrompt p;
        int[] added = {0};
        while ((p = f.next(() -> added[0]++ == 0)) != null) {
            if (JavaRosaForm.name(p).equals(OdkForm.VICTIM_AGE)) {
                assertThat(f.answer(p, new IntegerData(200))).isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
                assertThat(f.answer(p, new IntegerData(40))).isEqualTo(FormEntryController.ANSWER_OK);
                return;
            }
        }
        throw new AssertionError("the victim's age was never asked");
    }

    @Test
    void a_victims_identity_is_asked_only_with_consent_to_documentation() throws Exception {
        MonitorRecord record = new MonitorRecord("Aminata Diallo", "Attack", false);

        record.fill(open("English (en)"));

        assertThat(record.asked).contains("victim_name#1", "victim_contact#1").doesNotContain("victim_name#2", "victim_contact#2");
        assertThat(record.asked).contains("victim_age_group#2").doesNotContain("victim_age_group#1");
    }

    @Test
    void the_served_form_demands_encryption_with_vigies_public_key() {
        String xml = new String(form.xml(), StandardCharsets.UTF_8);

        assertThat(xml).contains("base64RsaPublicKey=\"");
        assertThat(form.publicKey().getAlgorithm()).isEqualTo("RSA");
    }
}
