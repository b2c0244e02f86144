package org.vigie.tracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.NumberedRecommendation;
import org.vigie.tracker.recommendations.Position;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.Sdg;
import org.vigie.tracker.recommendations.SourceMechanism;
import org.vigie.tracker.recommendations.TextLanguage;

/**
 * Reads the rows of one thematic list after its header: "Theme:" heading rows and recommendation rows.
 * It remembers the last heading, which stands for the themes of a row that lists none (earlier lists do so).
 */
final class ThematicRow {

    private static final Pattern SOURCE = Pattern.compile("^source of position\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSONS = Pattern.compile(
            "^(?:groups of persons|affected persons)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^theme\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Before 2017 UHRI numbered its themes ("A41 Constitutional and legislative framework"); the code is dropped. */
    private static final Pattern THEME_CODE = Pattern.compile("^[A-H][0-9]{1,2}\\s+(?=\\p{L})");
    private static final Pattern REPORT = Pattern.compile("^([A-Z][A-Za-z0-9.()/\\-]*?)(?:/Add\\.[0-9]+)?$");

    private final ThematicLayout layout;
    private final List<String> columns;
    private final Integer cycle;
    private final String session;
    private String heading;

    ThematicRow(ThematicLayout layout, List<String> columns, Integer cycle, Integer session) {
        this.layout = layout;
        this.columns = List.copyOf(columns);
        this.cycle = cycle;
        this.session = session == null ? null : session.toString();
    }

    String column(int index) {
        return index < columns.size() ? columns.get(index) : "column " + (index + 1);
    }

    /** The recommendation of a row, its errors, or nothing for a heading or empty row. */
    Optional<RowOutcome> read(int row, List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.isEmpty()) {
            return Optional.empty();
        }
        Matcher heading = HEADING.matcher(filled.get(0));
        if (filled.size() == 1 && heading.matches()) {
            this.heading = theme(heading.group(1));
            return Optional.empty();
        }
        if (cells.size() != columns.size()) {
            return Optional.of(RowOutcome.failed(List.of(
                    error(row, null, "tracker.import.row_shape", cells.size(), columns.size()))));
        }
        return Optional.of(recommendation(row, cells));
    }

    private RowOutcome recommendation(int row, List<String> cells) {
        List<ImportIssue> errors = new ArrayList<>();
        Optional<NumberedRecommendation> numbered = NumberedRecommendation.parse(String.join("\n",
                withoutSource(cells.get(0))));
        if (numbered.isEmpty()) {
            errors.add(error(row, column(0), "tracker.import.no_paragraph_number", excerpt(cells.get(0))));
        }
        String positionText = withoutSource(cells.get(1)).stream().findFirst().orElse("");
        Optional<Position> position = Position.parse(positionText);
        if (position.isEmpty()) {
            errors.add(error(row, column(1), "tracker.import.unknown_position", positionText));
        }
        List<String> themes = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        splitThemes(cells.get(2), themes, persons);
        List<Sdg> sdgs = layout.hasSdgs() ? sdgs(row, cells.get(3), errors) : List.of();
        if (!errors.isEmpty()) {
            return RowOutcome.failed(errors);
        }
        String source = sourceOfPosition(cells.get(0) + "\n" + cells.get(1));
        NumberedRecommendation n = numbered.orElseThrow();
        try {
            return RowOutcome.of(new Recommendation(n.text(), TextLanguage.of(n.text()), SourceMechanism.UPR, cycle, session,
                    reportSymbol(source), n.paragraph(), n.states(), position.orElseThrow(), themes, persons, sdgs,
                    source, null));
        } catch (IllegalArgumentException e) {
            return RowOutcome.failed(List.of(error(row, null, "tracker.import.invalid", e.getMessage())));
        }
    }

    /** The lines of a cell other than a "Source of position" note. */
    private static List<String> withoutSource(String cell) {
        return CellLines.lines(cell).stream().filter(l -> !SOURCE.matcher(l).matches()).toList();
    }

    private static String sourceOfPosition(String cells) {
        for (String line : CellLines.lines(cells)) {
            Matcher m = SOURCE.matcher(line);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private void splitThemes(String cell, List<String> themes, List<String> persons) {
        List<String> target = themes;
        for (String line : CellLines.lines(cell)) {
            Matcher m = PERSONS.matcher(line);
            if (m.matches()) {
                target = persons;
                for (String value : m.group(1).split(",")) {
                    addValue(target, value);
                }
            } else {
                addValue(target, target == themes ? theme(line) : line);
            }
        }
        if (themes.isEmpty() && heading != null) {
            themes.add(heading);
        }
    }

    private static void addValue(List<String> values, String line) {
        String value = CellLines.unbulleted(line);
        if (!value.isEmpty() && !values.contains(value)) {
            values.add(value);
        }
    }

    private static String theme(String written) {
        return THEME_CODE.matcher(CellLines.unbulleted(written)).replaceFirst("").strip();
    }

    private List<Sdg> sdgs(int row, String cell, List<ImportIssue> errors) {
        List<Sdg> sdgs = new ArrayList<>();
        for (String line : CellLines.lines(cell)) {
            Optional<Sdg> sdg = Sdg.parse(line);
            if (sdg.isEmpty()) {
                errors.add(error(row, column(3), "tracker.import.bad_sdg", excerpt(line)));
            } else if (!sdgs.contains(sdg.get())) {
                sdgs.add(sdg.get());
            }
        }
        return sdgs;
    }

    /**
     * The Working Group's report, from the source of position: the position is given in its addendum
     * ("A/HRC/59/15/Add.1 - Para.3") or in the report itself, whose paragraphs number the recommendations.
     */
    static String reportSymbol(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String first = source.strip().split("[\\s,;]+")[0];
        Matcher m = REPORT.matcher(first);
        return m.matches() ? m.group(1) : null;
    }

    private static ImportIssue error(int row, String column, String messageKey, Object... args) {
        return ImportIssue.at(ImportIssue.Place.ROW, row, column, messageKey, args);
    }

    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
