package org.vigie.observatory.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.forms.OdkForm;

/**
 * Reads the tabular exports of submissions: ODK Central's .csv (one table) or .zip (the submissions'
 * table and one table per repeat group, {@code vigie_incident-victims.csv}, joined by KEY and
 * PARENT_KEY), and KoboToolbox's .xlsx (the submissions on the first sheet, victims on sheet
 * {@code victims}, joined by _index and _parent_index).
 */
final class OdkTables {

    private static final int MAX_ZIP_ENTRIES = 100;

    private OdkTables() {
    }

    static List<OdkSubmission> csv(String text, List<ImportIssue> errors) throws ImportFiles.Refused {
        return join(fields(ImportFiles.csvRows(text), null), List.of(), "KEY", "PARENT_KEY", errors);
    }

    static List<OdkSubmission> zip(byte[] bytes, List<ImportIssue> errors) throws ImportFiles.Refused {
        Map<String, String> tables = unzipCsv(bytes);
        String main = tables.keySet().stream().filter(n -> !n.contains("-")).findFirst()
                .orElseThrow(() -> new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.odk_no_submissions_table")));
        String victims = tables.keySet().stream().filter(n -> n.endsWith("-" + OdkForm.VICTIMS + ".csv")).findFirst().orElse(null);
        List<OdkFields> repeats = victims == null ? List.of() : fields(ImportFiles.csvRows(tables.get(victims)), victims);
        return join(fields(ImportFiles.csvRows(tables.get(main)), null), repeats, "KEY", "PARENT_KEY", errors);
    }

    static List<OdkSubmission> xlsx(byte[] bytes, List<ImportIssue> errors) throws ImportFiles.Refused {
        try (XSSFWorkbook book = ImportFiles.openXlsx(bytes)) {
            Sheet victims = book.getSheet(OdkForm.VICTIMS);
            List<OdkFields> repeats = victims == null ? List.of() : fields(rows(victims), OdkForm.VICTIMS);
            return join(fields(rows(book.getSheetAt(0)), null), repeats, "_index", "_parent_index", errors);
        } catch (IOException | RuntimeException e) {
            throw ImportFiles.refused(e, "observatory.import.not_an_xlsx");
        }
    }

    /** The rows after the header as fields; a repeat table's columns are named with its file or sheet. */
    private static List<OdkFields> fields(List<ImportRow> rows, String table) {
        List<ImportRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
        if (filled.isEmpty()) {
            return List.of();
        }
        List<String> header = filled.get(0).cells();
        List<OdkFields> all = new ArrayList<>();
        for (ImportRow row : filled.subList(1, filled.size())) {
            OdkFields f = OdkFields.of(row, header);
            if (table != null) {
                Map<String, String> columns = new LinkedHashMap<>();
                f.columns().forEach((k, v) -> columns.put(k, table + ": " + v));
                f = new OdkFields(f.place(), f.line(), f.values(), columns);
            }
            all.add(f);
        }
        return all;
    }

    private static List<OdkSubmission> join(List<OdkFields> main, List<OdkFields> repeats, String key, String parentKey,
                                            List<ImportIssue> errors) {
        Map<String, List<OdkFields>> byParent = new LinkedHashMap<>();
        for (OdkFields submission : main) {
            byParent.putIfAbsent(submission.value(key).isEmpty() ? "\u0000" + submission.line() : submission.value(key), new ArrayList<>());
        }
        for (OdkFields victim : repeats) {
            List<OdkFields> siblings = byParent.get(victim.value(parentKey));
            if (siblings == null) {
                errors.add(victim.issue(parentKey, "observatory.import.odk_orphan_victim", victim.value(parentKey)));
            } else {
                siblings.add(victim);
            }
        }
        return main.stream().map(s -> new OdkSubmission(s,
                byParent.getOrDefault(s.value(key).isEmpty() ? "\u0000" + s.line() : s.value(key), List.of()))).toList();
    }

    /** The .csv entries of a zip by name, read under the import's limits whatever the zip claims. */
    private static Map<String, String> unzipCsv(byte[] bytes) throws ImportFiles.Refused {
        Map<String, String> tables = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.zip_bomb"));
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !name.endsWith(".csv")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > ImportFiles.MAX_BYTES) {
                        throw new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.zip_bomb"));
                    }
                    out.write(buffer, 0, n);
                }
                tables.put(name, ImportFiles.utf8(out.toByteArray()));
            }
        } catch (IOException e) {
            throw new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.odk_unreadable"));
        }
        return tables;
    }

    /** A sheet's rows as text; a date cell as 2024-03-15, a whole number without ".0". */
    private static List<ImportRow> rows(Sheet sheet) {
        List<ImportRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)));
            }
            rows.add(new ImportRow(ImportIssue.Place.ROW, row.getRowNum() + 1, cells));
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
