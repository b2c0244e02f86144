package org.vigie.observatory.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.imports.AcledActs;
import org.vigie.observatory.imports.AcledFiles;
import org.vigie.observatory.vocabulary.ExtensionTerm;
import org.vigie.observatory.vocabulary.Vocabulary;

/** The XLSForm Vigie ships, read back as ODK's converter would read it. */
public class XlsFormWriterTest {

    public static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static List<Map<String, String>> survey;
    private static List<Map<String, String>> choices;
    private static List<Map<String, String>> settings;
    private static List<String> sheetNames;

    @BeforeAll
    static void readBack() throws IOException {
        byte[] xlsx = new XlsFormWriter(AcledFiles.GAZETTEER, VOCABULARY).write();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            sheetNames = List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2));
            survey = rows(book.getSheet("survey"));
            choices = rows(book.getSheet("choices"));
            settings = rows(book.getSheet("settings"));
        }
    }

    public static List<Map<String, String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                row.put(format.formatCellValue(header.getCell(c)), format.formatCellValue(sheet.getRow(r).getCell(c)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> list(String name) {
        return choices.stream().filter(c -> c.get("list_name").equals(name)).toList();
    }

    @Test
    void the_workbook_has_the_three_xlsform_sheets_with_french_and_english_labels() {
        assertThat(sheetNames).containsExactly("survey", "choices", "settings");
        assertThat(survey.get(0)).containsKeys("type", "name", "label::Français (fr)", "label::English (en)", "required",
                "relevant", "constraint", "choice_filter");
        assertThat(choices.get(0)).containsKeys("list_name", "name", "label::Français (fr)", "label::English (en)", "region", "cercle");
    }

    @Test
    void the_settings_name_the_form_and_its_version() {
        assertThat(settings).singleElement().satisfies(s -> {
            assertThat(s.get("form_id")).isEqualTo("vigie_incident");
            assertThat(s.get("version")).isEqualTo(OdkForm.VERSION);
            assertThat(s.get("default_language")).isEqualTo("Français (fr)");
        });
    }

    @Test
    void the_places_are_the_9_regions_50_cercles_and_701_communes_of_the_code_list() {
        assertThat(list("region")).hasSize(9);
        assertThat(list("cercle")).hasSize(50);
        assertThat(list("commune")).hasSize(701);
    }

    @Test
    void every_cascade_filter_value_is_a_choice_of_the_list_above() {
        Set<String> regions = names("region");
        Set<String> cercles = names("cercle");
        assertThat(list("cercle")).allSatisfy(c -> assertThat(regions).contains(c.get("region")));
        assertThat(list("commune")).allSatisfy(c -> assertThat(cercles).contains(c.get("cercle")));
        assertThat(field("cercle").get("choice_filter")).isEqualTo("region=${region}");
        assertThat(field("commune").get("choice_filter")).isEqualTo("cercle=${cercle}");
    }

    @Test
    void every_list_a_question_uses_exists_and_no_list_repeats_a_name() {
        for (Map<String, String> q : survey) {
            String[] type = q.get("type").split(" ");
            if (type[0].startsWith("select_")) {
                assertThat(list(type[1])).as(type[1]).isNotEmpty();
            }
        }
        Set<String> seen = new HashSet<>();
        assertThat(choices).allSatisfy(c -> assertThat(seen.add(c.get("list_name") + "/" + c.get("name"))).isTrue());
    }

    @Test
    void every_question_has_a_french_and_an_english_label() {
        assertThat(survey.stream().filter(q -> !q.get("type").matches("start|end|end_group|end_repeat")))
                .allSatisfy(q -> assertThat(q.get("label::Français (fr)")).isNotBlank())
                .allSatisfy(q -> assertThat(q.get("label::English (en)")).isNotBlank());
    }

    @Test
    void the_act_types_are_vigies_extension_terms_and_huridocs_acts_of_the_vocabulary() {
        Set<String> acts = names("act_type");
        assertThat(acts).allSatisfy(code -> assertThat(VOCABULARY.term(code)).isPresent());
        assertThat(acts).containsAll(VOCABULARY.extensions().stream().map(ExtensionTerm::code).toList());
        assertThat(acts).contains(AcledActs.KILLING_IN_CONFLICT, AcledActs.SEXUAL_VIOLATION, "01010101000004");
    }

    @Test
    void victims_are_a_repeat_group_whose_identity_fields_are_sensitive_and_asked_only_with_consent() {
        assertThat(survey).anySatisfy(q -> assertThat(q).containsEntry("type", "begin_repeat").containsEntry("name", "victims"));
        for (String name : List.of("victim_name", "victim_contact", "victim_id_document")) {
            assertThat(field(name).get("bind::vigie:sensitive")).isEqualTo("true");
            assertThat(field(name).get("relevant")).isEqualTo("selected(${victim_consent}, 'documentation')");
        }
        assertThat(field("victim_age").get("bind::vigie:sensitive")).isEmpty();
        assertThat(settings.get(0).get("namespaces")).contains("vigie=");
    }

    @Test
    void the_form_asks_a_date_with_its_precision_and_a_gps_position() {
        assertThat(field("date_precision").get("type")).isEqualTo("select_one date_precision");
        assertThat(field("date_start").get("type")).isEqualTo("date");
        assertThat(field("location").get("type")).isEqualTo("geopoint");
        assertThat(names("date_precision")).containsExactlyInAnyOrder("day", "month", "year");
    }

    private static Map<String, String> field(String name) {
        return survey.stream().filter(q -> q.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> names(String list) {
        Set<String> names = new HashSet<>();
        list(list).forEach(c -> names.add(c.get("name")));
        return names;
    }
}
