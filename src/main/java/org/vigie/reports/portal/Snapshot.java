package org.vigie.reports.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the public portal shows, as the publish step computed it: every count already under disclosure
 * control (a number, {@code <5} or {@code x}), labels in French and English, and the public facts of the
 * recommendations. The portal, the static site and the JSON download are made from this alone, so nothing
 * the public sees can come from an incident, a victim or a registry entry directly.
 *
 * @param format  the layout of this record, raised when its JSON changes
 * @param madeAt  when the data were read
 * @param years   one calendar year each, the most recent first
 * @param recommendationTables recommendations by status, mechanism, theme and institution (about no person)
 * @param recommendations the recommendations and commitments followed, in reference order
 */
public record Snapshot(int format, Instant madeAt, List<Year> years, List<Table> recommendationTables,
                       List<PublicRecommendation> recommendations) {
    public static final int FORMAT = 1;

    public Snapshot {
        Objects.requireNonNull(madeAt, "madeAt");
        years = List.copyOf(years);
        recommendationTables = List.copyOf(recommendationTables);
        recommendations = List.copyOf(recommendations);
    }

    /** The same content at another time: what the digest of a snapshot leaves out. */
    Snapshot at(Instant time) {
        return new Snapshot(format, time, years, recommendationTables, recommendations);
    }

    public Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    public Optional<PublicRecommendation> recommendation(long id) {
        return recommendations.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * One calendar year of verified records of all of Mali: its tables protected together, and the map's level.
     *
     * @param mapLevel {@code adm2} when the cercles' counts could be shown, else {@code adm1} (regions)
     * @param map      the table the map shows (incidents by cercle or by region)
     */
    public record Year(int year, List<Table> tables, String mapLevel, Table map) {
        public Year {
            tables = List.copyOf(tables);
        }

        public Optional<Table> table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst();
        }
    }

    /**
     * One published table.
     *
     * @param id        the figure's id ({@code victims.by_sex}), also the message key of its title
     * @param unit      what is counted ({@code incidents}, {@code victims}, {@code acts}, {@code school_closures}...)
     * @param dimension what the rows are ({@code region}, {@code month}, {@code sex}...)
     * @param from      first day counted, or null for the state of the registers at {@link Snapshot#madeAt}
     * @param to        last day counted, or null likewise
     * @param additive  whether the rows add up to the total (every record in one row)
     * @param rows      the rows, in display order
     * @param total     the total as published, or null when no total means anything
     */
    public record Table(String id, String unit, String dimension, LocalDate from, LocalDate to, boolean additive,
                        List<Cell> rows, Cell total) {
        public Table {
            Objects.requireNonNull(id, "id");
            rows = List.copyOf(rows);
        }

        /** Whether a count of this table is hidden ({@code <5} or {@code x}). */
        public boolean suppressed() {
            return rows.stream().anyMatch(Cell::hidden) || (total != null && total.hidden());
        }

        public boolean hasSecondary() {
            return rows.stream().anyMatch(c -> Cell.HIDDEN.equals(c.mark())) || (total != null && Cell.HIDDEN.equals(total.mark()));
        }
    }

    /**
     * One published count with its row's code and labels.
     *
     * @param code  a P-code, a month ({@code 2025-03}), a code of the vocabularies
     * @param fr    the row's label in French
     * @param en    the row's label in English
     * @param count the count when published as is, else null
     * @param mark  {@code <5} (fewer than five, zero included), {@code x} (hidden so that another cannot be worked
     *              out), or empty when the count is shown
     */
    public record Cell(String code, String fr, String en, Long count, String mark) {
        public static final String SMALL = "<5";
        public static final String HIDDEN = "x";

        public Cell {
            Objects.requireNonNull(code, "code");
            mark = mark == null ? "" : mark;
            if ((count == null) == mark.isEmpty()) {
                throw new IllegalArgumentException(code + ": a cell is either counted or marked");
            }
        }

        public boolean hidden() {
            return count == null;
        }

        /** The count or its mark, as the tables print it. */
        public String text() {
            return count == null ? mark : Long.toString(count);
        }

        public String label(boolean french) {
            return french ? fr : en;
        }
    }

    /**
     * A recommendation or commitment as the public may read it: nothing from the observatory.
     *
     * @param reference    its stable reference ({@code A/HRC/43/15#116.12}, or a digest for lists without numbers)
     * @param mechanism    the code of the mechanism that made it ({@code upr}...)
     * @param cycle        the UPR cycle, or null
     * @param source       the document symbol, or null
     * @param paragraph    its paragraph in that document, or null
     * @param states       the recommending States, for a UPR recommendation
     * @param position     the State's position code ({@code supported}...)
     * @param themes       its themes
     * @param text         its words, in {@code language}
     * @param status       its status code as validated ({@code in_progress}...); {@code dropped} when its paragraph left the text
     * @param institutions the institutions that answer for it
     * @param history      the validated changes of status, oldest first, with their public summaries
     * @param resolution   the resolution paragraph it comes from (a commitment), or null
     */
    public record PublicRecommendation(long id, String reference, String mechanism, Integer cycle, String source,
                                       String paragraph, List<String> states, String position, List<String> themes,
                                       String text, String language, String status, List<Institution> institutions,
                                       List<StatusChange> history, ResolutionParagraph resolution) {
        /**
         * The name a reader knows it by: a commitment by its resolution's symbol (or title) and paragraph
         * ("A/HRC/RES/49/34 OP10"), not the tracker's internal reference; a recommendation by its reference.
         */
        public String shownReference() {
            if (resolution == null) {
                return reference;
            }
            String text = resolution.symbol() != null && !resolution.symbol().isBlank() ? resolution.symbol() : resolution.title();
            return resolution.paragraph() == null || resolution.paragraph().isBlank() ? text : text + " " + resolution.paragraph();
        }

        public PublicRecommendation {
            states = List.copyOf(states);
            themes = List.copyOf(themes);
            institutions = List.copyOf(institutions);
            history = List.copyOf(history);
        }
    }

    /** An institution by its code and names. */
    public record Institution(String code, String fr, String en) {
    }

    /**
     * A validated progress report as the public sees it: the date it was validated, the status it set, the
     * institution, and the report's public summary (empty when its author wrote none: the report itself may
     * name people and is not published).
     */
    public record StatusChange(LocalDate on, String status, String institution, String summary) {
    }

    /** The paragraph of a resolution a commitment comes from. */
    public record ResolutionParagraph(String symbol, String title, String paragraph) {
    }
}
