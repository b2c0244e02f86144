package org.vigie.reports.exports;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.security.Principal;

/**
 * Runs every export the same way: its rows are read and written in one transaction (so that a cursor
 * streams them and the capabilities' reads share it), and the audit entry (who, what, filter, format,
 * row count) is written in that transaction once the last row is out. An export that fails or is cut off
 * midway is audited too, in its own transaction, with the rows that left and {@code complete=false}: what
 * reached the caller is always on record.
 */
public final class Exports {
    /** The longest filter kept in an audit entry. */
    static final int MAX_FILTER = 500;
    private final Jdbi jdbi;
    private final AuditStore audit;

    /** One export asked for: who, from where, which ({@code incidents}), its filter as a query string, the format. */
    record Request(Principal who, String ip, String export, String filter, ExportFormat format) {
        Request {
            filter = filter == null ? "" : filter.length() > MAX_FILTER ? filter.substring(0, MAX_FILTER) : filter;
        }

        AuditEvent event(long rows, boolean complete) {
            return AuditEvent.of(who.username(), export + ".exported", "", ip).with("format", format.extension())
                    .with("filter", filter).with("rows", Long.toString(rows)).with("complete", Boolean.toString(complete));
        }
    }

    public Exports(Jdbi jdbi, AuditStore audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Writes the export {@code body} makes to {@code out}; returns the rows written. */
    long write(Request request, OutputStream out, Consumer<ExportWriter> body) {
        ExportWriter writer = ExportWriter.of(request.format(), out, request.export(), request.filter());
        try (writer) {
            return jdbi.inTransaction(h -> {
                body.accept(writer);
                writer.finish();
                audit.record(h, request.event(writer.rows(), true));
                return writer.rows();
            });
        } catch (RuntimeException e) {
            audit.record(request.event(writer.rows(), false));
            throw e;
        }
    }
}
