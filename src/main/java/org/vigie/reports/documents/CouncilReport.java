package org.vigie.reports.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.vigie.audit.Checkpoint;
import org.vigie.reports.statistics.Figure;

/**
 * A Council report as computed at {@code generatedAt}, in the request's language, for all of Mali or the
 * region {@code placeName} (null for all of Mali): the incidents of the
 * period in each verification status (the cover says which are counted), summary figures, the sections
 * with their narrative and exhibits (a {@link Figure}, drawn as a table, and its chart or map as SVG when
 * it has one), and the annex of recommendations with their status ({@code annexTotal} of them match, the
 * first {@link Reports#ANNEX_LIMIT} are listed), and the latest signed checkpoint of the audit trail (null
 * before the first), printed so that a paper copy anchors the trail. The PDF and DOCX writers only lay this out.
 */
public record CouncilReport(ReportRequest request, String placeName, Instant generatedAt, Figure statuses, List<KeyFigure> summary,
        List<Part> parts, List<AnnexRow> annex, long annexTotal, Checkpoint auditCheckpoint) {

    /** One number of the summary: its message key and its value. */
    public record KeyFigure(String labelKey, long value, String noteKey, List<Object> noteArgs) {
        public KeyFigure(String labelKey, long value) {
            this(labelKey, value, null, List.of());
        }

        public KeyFigure {
            noteArgs = List.copyOf(noteArgs);
        }

        /** The same figure with what a reader must know beside it (what it counts, what it is not scoped to). */
        public KeyFigure noted(String key, Object... args) {
            return new KeyFigure(labelKey, value, key, List.of(args));
        }
    }

    /** A figure shown as a table, with its chart or map (SVG) or null. */
    public record Exhibit(Figure figure, String chartSvg) {
        public Exhibit {
            Objects.requireNonNull(figure, "figure");
        }
    }

    /** A section: its narrative (plain text, paragraphs separated by blank lines; empty when none is written) and exhibits. */
    public record Part(ReportSection section, String narrative, List<Exhibit> exhibits) {
        public Part {
            Objects.requireNonNull(section, "section");
            narrative = narrative == null ? "" : narrative;
            exhibits = List.copyOf(exhibits);
        }

        /** The narrative's paragraphs, blank lines between them. */
        public List<String> paragraphs() {
            return narrative.isBlank() ? List.of()
                    : java.util.Arrays.stream(narrative.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " ")).toList();
        }
    }

    /** A recommendation of the annex: reference, mechanism and status codes, its text in the report's language when known. */
    /** A recommendation of the annex, with how many verified incidents are linked to it as evidence. */
    public record AnnexRow(String reference, String mechanism, String text, String status, long linkedIncidents) {
    }

    public CouncilReport {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(generatedAt, "generatedAt");
        summary = List.copyOf(summary);
        parts = List.copyOf(parts);
        annex = List.copyOf(annex);
    }
}
