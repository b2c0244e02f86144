package org.vigie.tracker.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two table layouts of OHCHR's thematic lists of UPR recommendations, told apart by their header row. */
enum ThematicLayout {
    /** Since the 4th cycle (2022): SDGs in the last column, "Source of Position" under each recommendation. */
    FOURTH_CYCLE("recommendation and recommending state", "position", "human rights themes", "relevant sdgs"),
    /** The 2nd and 3rd cycles: the last column is left for the State's own assessment of implementation. */
    EARLIER("recommendation", "position", "full list of themes", "assessment");

    private final List<String> headerStarts;

    ThematicLayout(String... headerStarts) {
        this.headerStarts = List.of(headerStarts);
    }

    /** The layout whose header this row is, if it is one. */
    static Optional<ThematicLayout> ofHeader(List<String> cells) {
        for (ThematicLayout layout : values()) {
            if (layout.matches(cells)) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    private boolean matches(List<String> cells) {
        if (cells.size() != headerStarts.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!cell.startsWith(headerStarts.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean hasSdgs() {
        return this == FOURTH_CYCLE;
    }
}
