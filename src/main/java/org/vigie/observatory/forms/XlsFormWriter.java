package org.vigie.observatory.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.vocabulary.Vocabulary;

/**
 * Writes the XLSForm of Vigie's incident form for ODK Collect and KoboCollect, from the gazetteer and the
 * vocabulary so that it never drifts from them: sheets survey, choices and settings, labels in French
 * and English, the region → cercle → commune cascade filtered by P-code, and a repeat group of victims
 * whose identity fields are asked only with the victim's consent to documentation and are marked
 * sensitive ({@code bind::vigie:sensitive}). See docs/observatory-imports.md.
 */
public final class XlsFormWriter {

    public static final String LABEL_FR = "label::Français (fr)";
    public static final String LABEL_EN = "label::English (en)";
    public static final String HINT_FR = "hint::Français (fr)";
    public static final String HINT_EN = "hint::English (en)";
    public static final String SENSITIVE = "bind::vigie:sensitive";
    static final List<String> SURVEY_COLUMNS = List.of("type", "name", LABEL_FR, LABEL_EN, HINT_FR, HINT_EN, "required",
            "relevant", "constraint", "choice_filter", "appearance", SENSITIVE);
    static final List<String> CHOICE_COLUMNS = List.of("list_name", "name", LABEL_FR, LABEL_EN, OdkForm.REGION, OdkForm.CERCLE);
    static final List<String> SETTINGS_COLUMNS = List.of("form_title", "form_id", "version", "default_language", "namespaces");

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;

    public XlsFormWriter(Gazetteer gazetteer, Vocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    /**
     * The survey sheet's rows, by column name ({@link #SURVEY_COLUMNS}): what the XForm Vigie serves to ODK
     * Collect is generated from too, so that the two files cannot disagree.
     */
    public List<Map<String, String>> survey() {
        return XlsFormSurvey.rows();
    }

    /** The choices sheet's rows, by column name ({@link #CHOICE_COLUMNS}), from the gazetteer and the vocabulary. */
    public List<Map<String, String>> choices() {
        return new XlsFormChoices(gazetteer, vocabulary).rows();
    }

    /** The workbook, as the bytes of an .xlsx file. */
    public byte[] write() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("survey"), SURVEY_COLUMNS, XlsFormSurvey.rows());
            fill(book.createSheet("choices"), CHOICE_COLUMNS, new XlsFormChoices(gazetteer, vocabulary).rows());
            fill(book.createSheet("settings"), SETTINGS_COLUMNS, List.of(settings()));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> settings() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("form_title", OdkForm.TITLE_TEXT);
        row.put("form_id", OdkForm.FORM_ID);
        row.put("version", OdkForm.VERSION);
        row.put("default_language", "Français (fr)");
        row.put("namespaces", "vigie=\"urn:vigie:xforms\"");
        return row;
    }

    private static void fill(Sheet sheet, List<String> columns, List<Map<String, String>> rows) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
        }
        int r = 1;
        for (Map<String, String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                String value = values.get(columns.get(c));
                if (value != null && !value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
    }

    /** A row of a sheet from alternating column names and values. */
    static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    static List<Map<String, String>> list() {
        return new ArrayList<>();
    }
}
