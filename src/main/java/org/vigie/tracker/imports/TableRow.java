package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.util.List;

/**
 * A row of a .csv or spreadsheet: its number as the user sees it (the line where a .csv record starts,
 * the spreadsheet's row number) and its cells as text.
 */
record TableRow(ImportIssue.Place place, int line, List<String> cells) {

    TableRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
