package org.vigie.reports;

import java.util.List;
import java.util.Objects;
import org.vigie.observatory.Label;

/**
 * A figure as the public may see it: each cell either its count, {@code <5} (a count from 1 to 4), or
 * hidden so that a small count cannot be worked out from the total and the other cells. A hidden or
 * small cell does not carry its count, so no page or answer built from it can leak one.
 */
public record PublishedTable(Figure source, List<Cell> rows, Cell total) {

    /** How a cell is shown. */
    public enum Mark { SHOWN, SMALL, HIDDEN }

    /** One published cell; {@code count} is null unless it is {@link Mark#SHOWN}. */
    public record Cell(String code, Label label, Long count, Mark mark) {
        public Cell {
            Objects.requireNonNull(mark, "mark");
            if ((mark == Mark.SHOWN) != (count != null)) {
                throw new IllegalArgumentException("only a shown cell carries its count: " + code);
            }
            if (count != null && count < Disclosure.THRESHOLD) {
                throw new IllegalArgumentException("a count under " + Disclosure.THRESHOLD + " is never shown: " + code);
            }
        }

        /** What a page prints: the count formatted by {@code number}, {@code <5} or {@code x}. */
        public String display(java.util.function.LongFunction<String> number) {
            return switch (mark) {
                case SHOWN -> number.apply(count);
                case SMALL -> "<" + Disclosure.THRESHOLD;
                case HIDDEN -> "x";
            };
        }
    }

    public PublishedTable {
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }

    public boolean hasTotal() {
        return total != null;
    }

    public boolean suppressed() {
        return rows.stream().anyMatch(c -> c.mark() != Mark.SHOWN) || (total != null && total.mark() != Mark.SHOWN);
    }
}
