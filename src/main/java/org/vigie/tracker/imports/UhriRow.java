package org.vigie.tracker.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Mechanisms;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.Sdg;
import org.vigie.tracker.recommendations.SourceMechanism;
import org.vigie.tracker.recommendations.TextLanguage;

import static org.vigie.tracker.imports.UhriColumn.AFFECTED_PERSONS;
import static org.vigie.tracker.imports.UhriColumn.DOCUMENT_PUBLICATION_DATE;
import static org.vigie.tracker.imports.UhriColumn.DOCUMENT_SYMBOL;
import static org.vigie.tracker.imports.UhriColumn.PUBLISHED_ON_UHRI;
import static org.vigie.tracker.imports.UhriColumn.RECOMMENDING_BODY;
import static org.vigie.tracker.imports.UhriColumn.SDGS;
import static org.vigie.tracker.imports.UhriColumn.TEXT;
import static org.vigie.tracker.imports.UhriColumn.THEMES;
import static org.vigie.tracker.imports.UhriColumn.UPR_POSITION;
import static org.vigie.tracker.imports.UhriColumn.UPR_RECOMMENDING_STATES;
import static org.vigie.tracker.imports.UhriColumn.UPR_SESSION;

/** Reads one row of a UHRI export, its columns located by {@link UhriColumn#locate}. */
final class UhriRow {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Za-z0-9.()/\\-]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern SESSION_NOISE = Pattern.compile("(?i)upr|session|th|st|nd|rd|[0-9\\s]");

    /** What {@link #dateOrFault} gives for a blank cell. */
    private static final Object NO_DATE = new Object();
    /** Distinct cells remembered per column and file; beyond, cells are read each time. */
    private static final int MEMO = 10_000;

    private final Map<UhriColumn, Integer> columns;
    private final List<String> header;
    private final Memo<Optional<SourceMechanism>> mechanisms = new Memo<>(Mechanisms::of, MEMO);
    private final Memo<Optional<Position>> positions = new Memo<>(Position::parse, MEMO);
    private final Memo<String> sessions = new Memo<>(UhriRow::session, MEMO);
    private final Memo<Object> dates = new Memo<>(UhriRow::dateOrFault, MEMO);
    private final Memo<List<String>> lists = new Memo<>(CellLines::values, MEMO);
    private final Memo<List<Object>> sdgLists = new Memo<>(UhriRow::sdgsOrFaults, MEMO);

    UhriRow(Map<UhriColumn, Integer> columns, List<String> header) {
        this.columns = Map.copyOf(columns);
        this.header = List.copyOf(header);
    }

    RowOutcome read(TableRow row, int maxCellChars) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cell(i).length() > maxCellChars) {
                return RowOutcome.failed(List.of(ImportIssue.at(row.place(), row.line(), name(i),
                        "tracker.import.cell_too_large", maxCellChars)));
            }
        }
        return parse(row);
    }

    /** Every fault of the row is collected before giving up, so that one reading names them all. */
    private RowOutcome parse(TableRow row) {
        List<ImportIssue> errors = new ArrayList<>();
        String written = cell(row, TEXT);
        if (written.isBlank()) {
            errors.add(error(row, TEXT, "tracker.import.required"));
        }
        Optional<SourceMechanism> mechanism = mechanisms.of(cell(row, RECOMMENDING_BODY));
        if (cell(row, RECOMMENDING_BODY).isBlank()) {
            errors.add(error(row, RECOMMENDING_BODY, "tracker.import.required"));
        } else if (mechanism.isEmpty()) {
            errors.add(error(row, RECOMMENDING_BODY, "tracker.import.unknown_body", cell(row, RECOMMENDING_BODY)));
        }
        String symbol = cell(row, DOCUMENT_SYMBOL).strip();
        if (!symbol.isEmpty() && !SYMBOL.matcher(symbol).matches()) {
            errors.add(error(row, DOCUMENT_SYMBOL, "tracker.import.bad_symbol", symbol));
        }
        Optional<Position> position = positions.of(cell(row, UPR_POSITION));
        if (position.isEmpty()) {
            errors.add(error(row, UPR_POSITION, "tracker.import.unknown_position", cell(row, UPR_POSITION).strip()));
        }
        List<Sdg> sdgs = sdgs(row, errors);
        LocalDate published = date(row, DOCUMENT_PUBLICATION_DATE, errors);
        date(row, PUBLISHED_ON_UHRI, errors);
        if (!errors.isEmpty()) {
            return RowOutcome.failed(errors);
        }
        return build(row, mechanism.get(), symbol.isEmpty() ? null : symbol, position.get(), sdgs, published);
    }

    private RowOutcome build(TableRow row, SourceMechanism mechanism, String symbol, Position position, List<Sdg> sdgs,
            LocalDate published) {
        List<String> states = lists.of(cell(row, UPR_RECOMMENDING_STATES));
        String session = sessions.of(cell(row, UPR_SESSION));
        Integer cycle = mechanism == SourceMechanism.UPR && session != null && isNumber(session)
                ? Mechanisms.uprCycle(Integer.parseInt(session)) : null;
        UhriText text = UhriText.of(cell(row, TEXT), states);
        try {
            return RowOutcome.of(new Recommendation(text.words(), TextLanguage.of(text.words()), mechanism, cycle, session, symbol,
                    text.paragraph(), states, position, lists.of(cell(row, THEMES)),
                    lists.of(cell(row, AFFECTED_PERSONS)), sdgs, null, published));
        } catch (IllegalArgumentException e) {
            return RowOutcome.failed(List.of(
                    ImportIssue.at(row.place(), row.line(), null, "tracker.import.invalid", e.getMessage())));
        }
    }

    /** The goals and targets of the cell, each once; an entry that is not one is kept as its excerpt (a String). */
    private static List<Object> sdgsOrFaults(String cell) {
        List<Object> read = new ArrayList<>();
        for (String value : CellLines.values(cell)) {
            Optional<Sdg> sdg = Sdg.parse(value);
            Object entry = sdg.isPresent() ? sdg.get() : ThematicRow.excerpt(value);
            if (!read.contains(entry)) {
                read.add(entry);
            }
        }
        return List.copyOf(read);
    }

    private List<Sdg> sdgs(TableRow row, List<ImportIssue> errors) {
        List<Sdg> sdgs = new ArrayList<>();
        for (Object entry : sdgLists.of(cell(row, SDGS))) {
            if (entry instanceof Sdg sdg) {
                sdgs.add(sdg);
            } else {
                errors.add(error(row, SDGS, "tracker.import.bad_sdg", entry));
            }
        }
        return sdgs;
    }

    /** The date of a cell, {@link #NO_DATE} for a blank one, or the {@link IllegalArgumentException} refusing it. */
    private static Object dateOrFault(String cell) {
        try {
            return ExcelDates.parse(cell).map(Object.class::cast).orElse(NO_DATE);
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private LocalDate date(TableRow row, UhriColumn column, List<ImportIssue> errors) {
        Object read = dates.of(cell(row, column));
        if (read instanceof IllegalArgumentException) {
            errors.add(error(row, column, "tracker.import.bad_date", cell(row, column).strip()));
            return null;
        }
        return read instanceof LocalDate date ? date : null;
    }

    /** "48", "UPR 48" and "48th session" are all the 48th; another wording is kept as written. */
    private static String session(String written) {
        String value = written.strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher number = NUMBER.matcher(value);
        return number.find() && SESSION_NOISE.matcher(value).replaceAll("").isEmpty()
                ? String.valueOf(Integer.parseInt(number.group())) : value;
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** The row's "Countries Concerned", or null when the export has no such column or the cell is blank. */
    String countries(TableRow row) {
        if (!columns.containsKey(UhriColumn.COUNTRIES_CONCERNED)) {
            return null;
        }
        String value = cell(row, UhriColumn.COUNTRIES_CONCERNED);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String cell(TableRow row, UhriColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private ImportIssue error(TableRow row, UhriColumn column, String key, Object... args) {
        return ImportIssue.at(row.place(), row.line(), name(columns.getOrDefault(column, -1)), key, args);
    }

    private String name(int index) {
        return index >= 0 && index < header.size() ? header.get(index).strip() : "column " + (index + 1);
    }
}
