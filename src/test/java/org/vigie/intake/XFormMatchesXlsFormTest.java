package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XForm phones get and the XLSForm administrators download say the same: every question with its type,
 * labels in both languages, required, relevance and constraint; every choice list with the same choices. Both
 * files are read as files (the workbook with POI, the XForm as XML), not through the code that wrote them.
 */
class XFormMatchesXlsFormTest {
    static final Map<String, String> CONTROL = Map.of("text", "input", "integer", "input", "date", "input", "geopoint", "input",
            "select_one", "select1", "select_multiple", "select", "image", "upload", "audio", "upload");
    static final Map<String, String> BIND = Map.of("text", "string", "integer", "int", "date", "date", "geopoint", "geopoint",
            "select_one", "string", "select_multiple", "string", "image", "binary", "audio", "binary", "start", "dateTime", "end", "dateTime");
    static List<Map<String, String>> survey;
    static List<Map<String, String>> choices;
    static Document xform;
    static Map<String, byte[]> media = new HashMap<>();

    @BeforeAll
    static void write() throws Exception {
        XlsFormWriter writer = new XlsFormWriter(Gazetteer.ochaCodAb2015(), Vocabulary.standard());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(writer.write()))) {
            survey = rows(book.getSheet("survey"));
            choices = rows(book.getSheet("choices"));
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String key = Base64.getEncoder().encodeToString(g.generateKeyPair().getPublic().getEncoded());
        xform = CollectPhone.parse(new XFormWriter(writer.survey(), writer.choices(), "1", key).write().getBytes(StandardCharsets.UTF_8));
        IntakeForm.media(writer.choices()).forEach((name, m) -> media.put(name, m.content()));
    }

    private static List<Map<String, String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        Row header = sheet.getRow(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                row.put(f.formatCellValue(header.getCell(c)), f.formatCellValue(sheet.getRow(r).getCell(c)));
            }
            out.add(row);
        }
        return out;
    }

    private static List<Element> elements(String localName) {
        NodeList list = xform.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element bind(String name) {
        return elements("bind").stream().filter(b -> b.getAttribute("nodeset").endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no bind for " + name));
    }

    private static String itext(String lang, String id) {
        for (Element t : elements("translation")) {
            if (t.getAttribute("lang").equals(lang)) {
                NodeList texts = t.getElementsByTagNameNS("*", "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    Element e = (Element) texts.item(i);
                    if (e.getAttribute("id").equals(id)) {
                        return e.getTextContent();
                    }
                }
            }
        }
        return null;
    }

    private static List<Map<String, String>> questions() {
        return survey.stream().filter(q -> BIND.containsKey(q.get("type").split(" ")[0])).toList();
    }

    @Test
    void every_question_has_a_bind_of_its_type_with_its_required_relevance_and_constraint() {
        assertThat(questions()).hasSizeGreaterThan(25);
        for (Map<String, String> q : questions()) {
            Element b = bind(q.get("name"));
            assertThat(b.getAttribute("type")).as(q.get("name")).isEqualTo(BIND.get(q.get("type").split(" ")[0]));
            assertThat(b.getAttribute("required")).as(q.get("name")).isEqualTo("yes".equals(q.get("required")) ? "true()" : "");
            assertThat(b.hasAttribute("relevant")).as(q.get("name")).isEqualTo(!q.get("relevant").isEmpty());
            assertThat(b.hasAttribute("constraint")).as(q.get("name")).isEqualTo(!q.get("constraint").isEmpty());
            for (String column : List.of("relevant", "constraint")) {
                // Each ${name} the workbook refers to is the same question in the XForm.
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(\\w+)}").matcher(q.get(column));
                while (m.find()) {
                    assertThat(b.getAttribute(column)).as(q.get("name") + " " + column).containsPattern("(/|\\.\\./)" + m.group(1) + "\\b");
                }
            }
            assertThat(b.getAttribute("vigie:sensitive")).as(q.get("name")).isEqualTo("true".equals(q.get("bind::vigie:sensitive")) ? "true" : "");
        }
    }

    @Test
    void every_question_shows_as_its_control_with_its_french_and_english_label() {
        for (Map<String, String> q : questions()) {
            String base = q.get("type").split(" ")[0];
            if (base.equals("start") || base.equals("end")) {
                continue;
            }
            Element control = elements(CONTROL.get(base)).stream().filter(c -> c.getAttribute("ref").endsWith("/" + q.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no control for " + q.get("name")));
            String id = control.getAttribute("ref") + ":label";
            assertThat(itext("Français (fr)", id)).as(q.get("name")).isEqualTo(q.get("label::Français (fr)"));
            assertThat(itext("English (en)", id)).as(q.get("name")).isEqualTo(q.get("label::English (en)"));
            assertThat(control.getAttribute("appearance")).as(q.get("name")).isEqualTo(q.get("appearance"));
        }
    }

    @Test
    void every_choice_list_offers_the_same_choices_with_the_same_labels() {
        Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
        choices.forEach(c -> lists.computeIfAbsent(c.get("list_name"), k -> new ArrayList<>()).add(c));
        assertThat(lists.keySet()).hasSizeGreaterThan(10);
        for (Map.Entry<String, List<Map<String, String>>> list : lists.entrySet()) {
            Element instance = elements("instance").stream().filter(i -> i.getAttribute("id").equals(list.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no instance for " + list.getKey()));
            List<String> names = list.getValue().stream().map(c -> c.get("name")).toList();
            if (instance.hasAttribute("src")) {
                String csv = new String(media.get(list.getKey() + ".csv"), StandardCharsets.UTF_8);
                List<String> lines = csv.lines().skip(1).toList();
                assertThat(lines).hasSameSizeAs(names);
                for (int i = 0; i < names.size(); i++) {
                    Map<String, String> c = list.getValue().get(i);
                    assertThat(lines.get(i)).startsWith(names.get(i) + "," + c.get("label::Français (fr)"));
                    String parent = list.getKey().equals("cercle") ? c.get("region") : list.getKey().equals("commune") ? c.get("cercle") : null;
                    if (parent != null) {
                        assertThat(lines.get(i)).endsWith("," + parent);
                    }
                }
                continue;
            }
            NodeList items = instance.getElementsByTagNameNS("*", "item");
            assertThat(items.getLength()).as(list.getKey()).isEqualTo(names.size());
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String id = item.getElementsByTagNameNS("*", "itextId").item(0).getTextContent();
                assertThat(item.getElementsByTagNameNS("*", "name").item(0).getTextContent()).isEqualTo(names.get(i));
                assertThat(itext("Français (fr)", id)).isEqualTo(list.getValue().get(i).get("label::Français (fr)"));
                assertThat(itext("English (en)", id)).isEqualTo(list.getValue().get(i).get("label::English (en)"));
            }
        }
    }

    @Test
    void the_cascade_filters_cercles_by_region_and_communes_by_cercle_as_the_choice_filter_says() {
        for (Map<String, String> q : survey) {
            if (!q.get("choice_filter").isEmpty()) {
                Element select = elements("select1").stream().filter(c -> c.getAttribute("ref").endsWith("/" + q.get("name"))).findFirst().orElseThrow();
                String nodeset = ((Element) select.getElementsByTagNameNS("*", "itemset").item(0)).getAttribute("nodeset");
                String parent = q.get("choice_filter").replaceAll("=.*", "");
                assertThat(nodeset).as(q.get("name")).matches("instance\\('" + q.get("type").split(" ")[1] + "'\\)/root/item\\[" + parent
                        + "= /vigie_incident/incident/" + parent + " ]");
            }
        }
    }
}
