package org.vigie.tracker;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The rows of a spreadsheet's first sheet as text, numbered as Excel shows them. */
final class SheetRows {

    private SheetRows() {
    }

    static List<TableRow> of(Sheet sheet) {
        List<TableRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)));
            }
            rows.add(new TableRow(ImportError.Place.ROW, row.getRowNum() + 1, cells));
        }
        return rows;
    }

    /**
     * A cell as text. A number is written without a useless ".0" so that a date's serial number reads
     * "45681", whether or not the cell was formatted as a date.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
