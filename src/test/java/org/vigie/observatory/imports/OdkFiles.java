package org.vigie.observatory.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vigie.observatory.forms.XlsFormWriterTest;

/**
 * Synthetic submissions of Vigie's incident form (src/test/resources/observatory/odk): ODK Central's
 * export of the submissions and of the victims repeat, one submission's XML, and the same answers
 * laid out as KoboToolbox's .xlsx export.
 */
final class OdkFiles {

    static final String FIRST = "uuid:6f1c2a8e-0b7d-4c1e-9a55-1d2f3e4a5b6c";
    static final String SECOND = "uuid:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

    private OdkFiles() {
    }

    static String text(String name) {
        try (InputStream in = OdkFiles.class.getResourceAsStream("/observatory/odk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IncidentImport read(byte[] bytes, String name) {
        return new OdkSubmissionReader(AcledFiles.GAZETTEER, XlsFormWriterTest.VOCABULARY, AcledFiles.END_OF_2024).read(bytes, name);
    }

    /** ODK Central's "all submissions" zip, its two tables as given (after {@code edit} of the submissions). */
    static byte[] centralZip(String submissions, String victims) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("vigie_incident.csv"));
            zip.write(submissions.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("vigie_incident-victims.csv"));
            zip.write(victims.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] centralZip() {
        return centralZip(text("vigie_incident.csv"), text("vigie_incident-victims.csv"));
    }

    /** Kobo's .xlsx export of the first Central submission: "/" paths, _index, a victims sheet, a date cell. */
    static byte[] koboWorkbook() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet main = book.createSheet("vigie_incident");
            write(main, 0, List.of("start", "incident/date_precision", "incident/date_start", "incident/region", "incident/cercle",
                    "incident/commune", "incident/location", "_incident/location_latitude", "incident/title", "incident/act_type",
                    "incident/perpetrator_category", "meta/instanceID", "_id", "_uuid", "_index"));
            write(main, 1, List.of("2024-03-18T09:40:00", "day", "", "ML05", "ML0502", "ML050218", "14.4667 -3.3167 300 5",
                    "14.4667", "Attaque du marché de Dogo (fictif)", "VG-ATTACK-CONVOY-PASSENGER", "terrorist_groups", FIRST,
                    "4012", FIRST.substring(5), "1"));
            main.getRow(1).getCell(2).setCellValue(LocalDate.of(2024, 3, 16));
            main.getRow(1).getCell(2).setCellStyle(dateStyle);
            Sheet victims = book.createSheet("victims");
            write(victims, 0, List.of("victims/victim_sex", "victims/victim_age", "victims/victim_categories",
                    "victims/victim_categories/civilian", "victims/victim_consent", "victims/victim_name", "_index",
                    "_parent_table_name", "_parent_index"));
            write(victims, 1, List.of("female", "34", "civilian", "1", "documentation", "Awa Synthétique", "1", "vigie_incident", "1"));
            write(victims, 2, List.of("male", "", "child", "0", "", "", "2", "vigie_incident", "1"));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
