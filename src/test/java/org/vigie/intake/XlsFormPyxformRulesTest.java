package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Vigie's XLSForm, read as a file with POI, against the rules pyxform (the reference XLSForm converter, which
 * cannot be installed on Vigie's build machines) applies when it converts a form, as its sources state them:
 * element names are XML names (pyxform's {@code is_xml_tag}: an NCName, optionally prefixed), unique; {@code begin
 * group}/{@code end group} and {@code begin repeat}/{@code end repeat} pair up, properly nested; every {@code ${name}}
 * reference names a question; every {@code select_one}/{@code select_multiple} list exists in the choices sheet, its
 * choice names are unique and, for a multiple choice, without spaces (the answer is a space-separated list); a
 * {@code choice_filter} compares columns the choices sheet has; every type is one pyxform knows; every question
 * that needs one has a label in each language; the settings sheet names the form ({@code form_id}, an XML name)
 * and its {@code version}, and its {@code default_language} is one of the labels' languages. Each rule is written
 * from pyxform's documented behaviour, so a failure here is a form pyxform would refuse or convert wrongly.
 */
class XlsFormPyxformRulesTest {
    /** pyxform's NCName (ASCII and the Latin-1 letters Vigie could use), optionally prefixed: {@code is_xml_tag}. */
    static final String NCNAME = "[A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF][A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\-.0-9\\u00B7]*";
    static final Pattern XML_NAME = Pattern.compile(NCNAME + "(:" + NCNAME + ")?");
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    /** Question types pyxform converts (its question type dictionary and aliases), those Vigie may use. */
    static final Set<String> TYPES = Set.of("text", "integer", "decimal", "range", "date", "time", "dateTime", "geopoint", "geotrace",
            "geoshape", "image", "audio", "background-audio", "video", "file", "barcode", "note", "calculate", "acknowledge", "hidden",
            "start", "end", "today", "deviceid", "username", "phonenumber", "email", "audit", "start-geopoint");
    static final Set<String> SELECTS = Set.of("select_one", "select_multiple", "rank");
    static final Set<String> FROM_FILE = Set.of("select_one_from_file", "select_multiple_from_file");
    static final Set<String> LABEL_OPTIONAL = Set.of("calculate", "deviceid", "end", "phonenumber", "start", "start-geopoint", "today",
            "username", "audit", "hidden");

    static List<Map<String, String>> survey;
    static List<Map<String, String>> choices;
    static List<String> surveyColumns;
    static List<String> choiceColumns;
    static Map<String, String> settings;

    @BeforeAll
    static void read() throws Exception {
        XlsFormWriter writer = new XlsFormWriter(Gazetteer.ochaCodAb2015(), Vocabulary.standard());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(writer.write()))) {
            assertThat(book.getSheet("survey")).as("a survey sheet").isNotNull();
            assertThat(book.getSheet("choices")).as("a choices sheet").isNotNull();
            assertThat(book.getSheet("settings")).as("a settings sheet").isNotNull();
            surveyColumns = header(book.getSheet("survey"));
            choiceColumns = header(book.getSheet("choices"));
            survey = rows(book.getSheet("survey"));
            choices = rows(book.getSheet("choices"));
            List<Map<String, String>> s = rows(book.getSheet("settings"));
            assertThat(s).as("one row of settings").hasSize(1);
            settings = s.get(0);
        }
    }

    static List<String> header(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }

    static List<Map<String, String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> columns = header(sheet);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                String v = row == null || row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)).strip();
                values.put(columns.get(c), v);
            }
            values.put("#row", Integer.toString(r + 1));
            out.add(values);
        }
        return out;
    }

    /** The type's first word, with the spellings pyxform takes as the same ({@code begin group} = {@code begin_group}). */
    static String kind(Map<String, String> row) {
        return row.get("type").strip().split("\\s+")[0].replace("begin group", "begin_group");
    }

    static String where(Map<String, String> row) {
        return "survey row " + row.get("#row") + " (" + row.get("type") + " " + row.get("name") + ")";
    }

    static boolean isEnd(Map<String, String> row) {
        String t = row.get("type").strip().replace(' ', '_');
        return t.equals("end_group") || t.equals("end_repeat");
    }

    static List<String> languages(List<String> columns, String prefix) {
        return columns.stream().filter(c -> c.startsWith(prefix + "::")).map(c -> c.substring(prefix.length() + 2)).toList();
    }

    @Test
    void the_label_columns_name_their_languages_as_pyxform_reads_them() {
        assertThat(surveyColumns).contains("type", "name");
        assertThat(choiceColumns).contains("list_name", "name");
        assertThat(languages(surveyColumns, "label")).containsExactlyInAnyOrder("Français (fr)", "English (en)");
        assertThat(languages(choiceColumns, "label")).containsExactlyInAnyOrder("Français (fr)", "English (en)");
        for (String lang : languages(surveyColumns, "label")) {
            assertThat(lang).as("pyxform takes the code between parentheses as the language code").matches(".+ \\([a-z]{2,3}\\)");
        }
    }

    @Test
    void every_element_name_is_an_xml_name_and_unique() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : survey) {
            if (row.get("type").isEmpty() || isEnd(row)) {
                continue;
            }
            String name = row.get("name");
            assertThat(XML_NAME.matcher(name).matches()).as(where(row) + ": name is not an XML name").isTrue();
            assertThat(seen.add(name)).as(where(row) + ": name used twice").isTrue();
        }
    }

    @Test
    void groups_and_repeats_begin_and_end_in_pairs_properly_nested() {
        Deque<String> open = new ArrayDeque<>();
        for (Map<String, String> row : survey) {
            String t = row.get("type").strip().replace(' ', '_');
            if (t.startsWith("begin_group") || t.startsWith("begin_repeat")) {
                open.push(t.startsWith("begin_group") ? "group" : "repeat");
            } else if (t.equals("end_group") || t.equals("end_repeat")) {
                assertThat(open).as(where(row) + ": an end with nothing open").isNotEmpty();
                assertThat(open.pop()).as(where(row) + ": ends what was not opened last").isEqualTo(t.substring(4));
            }
        }
        assertThat(open).as("groups or repeats never closed").isEmpty();
    }

    @Test
    void every_reference_names_a_question() {
        Set<String> names = new HashSet<>();
        survey.stream().filter(r -> !isEnd(r)).forEach(r -> names.add(r.get("name")));
        int references = 0;
        for (Map<String, String> row : survey) {
            for (String column : List.of("relevant", "constraint", "required", "choice_filter", "calculation", "repeat_count", "default")) {
                String expression = row.getOrDefault(column, "");
                Matcher m = REFERENCE.matcher(expression);
                while (m.find()) {
                    references++;
                    assertThat(names).as(where(row) + ": " + column + " refers to ${" + m.group(1) + "}, which is no question")
                            .contains(m.group(1));
                }
                assertThat(expression.replaceAll("\\$\\{[^}]*}", "")).as(where(row) + ": " + column + " has a broken ${…}")
                        .doesNotContain("${");
            }
        }
        assertThat(references).as("the form's relevance and constraints use references").isGreaterThan(3);
    }

    @Test
    void every_type_is_one_pyxform_knows_and_every_choice_list_exists() {
        Set<String> lists = new HashSet<>();
        choices.forEach(c -> lists.add(c.get("list_name")));
        for (Map<String, String> row : survey) {
            String[] type = row.get("type").strip().split("\\s+");
            String t = type[0];
            if (t.isEmpty() || t.startsWith("begin_") || t.startsWith("end_") || t.equals("begin") || t.equals("end") && type.length > 1) {
                continue;
            }
            if (SELECTS.contains(t)) {
                assertThat(type).as(where(row) + ": a select names its list").hasSize(2);
                assertThat(lists).as(where(row) + ": list " + type[1] + " is not in the choices sheet").contains(type[1]);
                assertThat(XML_NAME.matcher(type[1]).matches()).as(where(row) + ": a list name is an XML name (it names an instance)").isTrue();
            } else if (FROM_FILE.contains(t)) {
                assertThat(type).as(where(row)).hasSize(2);
                assertThat(type[1]).as(where(row) + ": a list from a file is .csv, .xml or .geojson").matches(".+\\.(csv|xml|geojson)");
            } else {
                assertThat(TYPES).as(where(row) + ": type unknown to pyxform").contains(t);
            }
        }
    }

    @Test
    void choices_are_unique_in_their_list_labelled_in_each_language_and_multiple_choices_have_no_spaces() {
        Set<String> multiple = new HashSet<>();
        survey.stream().filter(r -> r.get("type").startsWith("select_multiple ")).forEach(r -> multiple.add(r.get("type").split("\\s+")[1]));
        Map<String, Set<String>> byList = new HashMap<>();
        for (Map<String, String> c : choices) {
            String where = "choices row " + c.get("#row") + " (" + c.get("list_name") + " " + c.get("name") + ")";
            assertThat(c.get("name")).as(where + ": a choice has a name").isNotEmpty();
            assertThat(byList.computeIfAbsent(c.get("list_name"), k -> new HashSet<>()).add(c.get("name")))
                    .as(where + ": name repeated in its list").isTrue();
            for (String lang : languages(choiceColumns, "label")) {
                assertThat(c.get("label::" + lang)).as(where + ": no label in " + lang).isNotEmpty();
            }
            if (multiple.contains(c.get("list_name"))) {
                assertThat(c.get("name")).as(where + ": a multiple choice's name has no space").doesNotContain(" ");
            }
        }
    }

    @Test
    void questions_have_a_label_in_each_language() {
        for (Map<String, String> row : survey) {
            if (row.get("type").isEmpty() || isEnd(row) || LABEL_OPTIONAL.contains(kind(row))) {
                continue;
            }
            for (String lang : languages(surveyColumns, "label")) {
                assertThat(row.get("label::" + lang)).as(where(row) + ": no label in " + lang).isNotEmpty();
            }
        }
    }

    @Test
    void choice_filters_compare_columns_of_the_choices_sheet_on_select_questions() {
        Pattern column = Pattern.compile("(?<![\\w$:{/.-])(" + NCNAME + ")\\s*(=|!=)");
        int filters = 0;
        for (Map<String, String> row : survey) {
            String filter = row.getOrDefault("choice_filter", "");
            if (filter.isEmpty()) {
                continue;
            }
            filters++;
            assertThat(SELECTS).as(where(row) + ": a choice_filter on a select").contains(kind(row));
            Matcher m = column.matcher(filter);
            assertThat(m.find()).as(where(row) + ": filter " + filter + " compares no column").isTrue();
            do {
                assertThat(choiceColumns).as(where(row) + ": filter column " + m.group(1) + " is not in the choices sheet").contains(m.group(1));
            } while (m.find());
            String list = row.get("type").split("\\s+")[1];
            String filteredOn = filter.substring(0, filter.indexOf('=')).strip();
            assertThat(choices.stream().filter(c -> c.get("list_name").equals(list)).allMatch(c -> !c.get(filteredOn).isEmpty()))
                    .as(where(row) + ": every choice of " + list + " has a value in " + filteredOn).isTrue();
        }
        assertThat(filters).as("the place cascade filters cercles and communes").isEqualTo(2);
    }

    @Test
    void settings_name_the_form_its_version_and_a_default_language_the_labels_use() {
        assertThat(settings.get("form_id")).as("settings form_id").isNotEmpty();
        assertThat(XML_NAME.matcher(settings.get("form_id")).matches()).as("form_id is an XML name (the instance's root)").isTrue();
        assertThat(settings.get("version")).as("settings version").isNotEmpty();
        assertThat(settings.get("form_title")).as("settings form_title").isNotEmpty();
        assertThat(languages(surveyColumns, "label")).contains(settings.get("default_language"));
        if (!settings.getOrDefault("public_key", "").isEmpty()) {
            assertThat(settings.get("public_key")).as("public_key is base64 without line breaks").matches("[A-Za-z0-9+/]+=*");
        }
        String namespaces = settings.getOrDefault("namespaces", "");
        for (String column : surveyColumns) {
            if (column.startsWith("bind::") && column.substring(6).contains(":")) {
                String prefix = column.substring(6, column.indexOf(':', 6));
                assertThat(namespaces).as("the namespace of " + column + " is declared in settings").contains(prefix + "=\"");
            }
        }
    }
}
