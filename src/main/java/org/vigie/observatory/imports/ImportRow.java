package org.vigie.observatory.imports;

import org.vigie.files.ImportIssue;

import java.util.List;

/** A row of a .csv or of a sheet: its number as the user sees it and its cells as text. */
record ImportRow(ImportIssue.Place place, int line, List<String> cells) {

    ImportRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
