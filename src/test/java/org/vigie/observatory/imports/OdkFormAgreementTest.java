package org.vigie.observatory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.forms.XlsFormWriterTest;

/** The reader accepts what the XLSForm asks and offers, and the test submissions answer the form as it is. */
class OdkFormAgreementTest {

    private static List<Map<String, String>> survey;
    private static List<Map<String, String>> choices;

    @BeforeAll
    static void readForm() throws IOException {
        byte[] xlsx = new XlsFormWriter(AcledFiles.GAZETTEER, XlsFormWriterTest.VOCABULARY).write();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            survey = XlsFormWriterTest.rows(book.getSheet("survey"));
            choices = XlsFormWriterTest.rows(book.getSheet("choices"));
        }
    }

    private static List<String> choiceNames(String list) {
        return choices.stream().filter(c -> c.get("list_name").equals(list)).map(c -> c.get("name")).toList();
    }

    private static List<String> questions(boolean inRepeat) {
        List<String> names = new ArrayList<>();
        boolean repeat = false;
        for (Map<String, String> q : survey) {
            String type = q.get("type");
            repeat = type.equals("begin_repeat") || (repeat && !type.equals("end_repeat"));
            if (!type.matches("start|end|begin_group|end_group|begin_repeat|end_repeat") && repeat == inRepeat) {
                names.add(q.get("name"));
            }
        }
        return names;
    }

    @Test
    void the_central_test_export_has_a_column_for_every_question_of_the_form() {
        List<String> submissions = OdkFiles.text("vigie_incident.csv").lines().findFirst().orElseThrow().lines()
                .flatMap(h -> List.of(h.split(",")).stream()).map(OdkFields::fieldName).toList();
        List<String> victims = List.of(OdkFiles.text("vigie_incident-victims.csv").lines().findFirst().orElseThrow().split(","));

        // The export was taken from ODK Central with the form before its photo and audio questions (field
        // intake, issue 17); media travel as attachments, which XFormMatchesXlsFormTest and the intake tests cover.
        assertThat(submissions).containsAll(questions(false).stream().filter(q -> !q.equals("photo") && !q.equals("audio")).toList());
        assertThat(victims).containsAll(questions(true));
    }

    @Test
    void every_act_type_perpetrator_category_and_place_the_form_offers_is_accepted() {
        String xml = OdkFiles.text("submission.xml");
        List<String> failures = new ArrayList<>();
        for (String act : choiceNames("act_type")) {
            check(xml.replace("VG-ATTACK-HOSPITAL", act), "act " + act, failures);
        }
        for (String category : choiceNames("perpetrator_category")) {
            check(xml.replace(">armed_groups<", ">" + category + "<"), "category " + category, failures);
        }
        for (String precision : choiceNames("date_precision")) {
            check(xml.replace(">day<", ">" + precision + "<"), "precision " + precision, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void every_victim_choice_the_form_offers_is_accepted() {
        String xml = OdkFiles.text("submission.xml");
        List<String> failures = new ArrayList<>();
        for (String sex : choiceNames("sex")) {
            check(xml.replace(">male<", ">" + sex + "<"), "sex " + sex, failures);
        }
        for (String group : choiceNames("age_group")) {
            check(xml.replace("<victim_age>41</victim_age>", "<victim_age/>").replace("<victim_age_group/>",
                    "<victim_age_group>" + group + "</victim_age_group>"), "age group " + group, failures);
        }
        check(xml.replace(">health_worker<", ">" + String.join(" ", choiceNames("victim_category")) + "<"), "categories", failures);
        check(xml.replace(">documentation justice<", ">" + String.join(" ", choiceNames("consent_use")) + "<"), "consent", failures);
        assertThat(failures).isEmpty();
    }

    @Test
    void every_commune_of_the_cascade_is_accepted_under_its_cercle_and_region() {
        String xml = OdkFiles.text("submission.xml");
        List<String> failures = new ArrayList<>();
        for (Map<String, String> commune : choices.stream().filter(c -> c.get("list_name").equals("commune")).toList()) {
            String cercle = commune.get("cercle");
            String answered = xml.replace("<region>ML07</region>", "<region>" + cercle.substring(0, 4) + "</region>")
                    .replace("<cercle>ML0704</cercle>", "<cercle>" + cercle + "</cercle>")
                    .replace("<commune>ML070403</commune>", "<commune>" + commune.get("name") + "</commune>")
                    .replace("<location>15.9182 2.4022 280 8</location>", "<location/>");
            check(answered, "commune " + commune.get("name"), failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String xml, String what, List<String> failures) {
        IncidentImport result = OdkFiles.read(xml.getBytes(StandardCharsets.UTF_8), "submission.xml");
        if (!result.succeeded()) {
            failures.add(what + ": " + result.errors());
        }
    }
}
