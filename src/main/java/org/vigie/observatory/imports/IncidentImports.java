package org.vigie.observatory.imports;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.vigie.errors.InvalidInput;
import org.vigie.files.ImportProgress;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.victims.VictimChecks;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.victims.Victims;
import org.vigie.security.Principal;

/**
 * Imports ACLED exports and ODK/Kobo submissions into the observatory, whole or not at all: the file is
 * read into drafts ({@link IncidentFileReader}); if any line is wrong, the first
 * error is thrown and nothing is written; otherwise the incidents ({@link Observatory#recordAll}) and the
 * victims of those new to Vigie ({@link Victims#recordAll}, batched per incident) are stored in one transaction (Jdbi hands nested
 * calls on this thread the same handle). An incident already imported, known by its origin and
 * identifier, is left as it is with its victims, so importing the same file again changes nothing.
 */
public final class IncidentImports {

    /** What an import did. */
    public record Outcome(IncidentImport read, int added, int unchanged, int victims) {
    }

    private final Jdbi jdbi;
    private final Observatory observatory;
    private final Victims victims;
    private final Clock clock;

    public IncidentImports(Jdbi jdbi, Observatory observatory, Victims victims, Clock clock) {
        this.jdbi = jdbi;
        this.observatory = observatory;
        this.victims = victims;
        this.clock = clock;
    }

    /** Reads a file without storing anything: what an import would do, or every error it would stop on. */
    public IncidentImport read(byte[] bytes, String fileName, String format) {
        return new IncidentFileReader(observatory.gazetteer(), observatory.vocabulary(), clock).read(bytes, fileName, format);
    }

    /** Reads a file from a stream without storing anything (see {@link IncidentFileReader#read(InputStream, String, String)}). */
    public IncidentImport read(InputStream in, String fileName, String format) {
        return new IncidentFileReader(observatory.gazetteer(), observatory.vocabulary(), clock).read(in, fileName, format);
    }

    /**
     * Reads and stores a file; throws the first error (naming its line or row and column) and writes
     * nothing when the file has any.
     */
    public Outcome importFile(byte[] bytes, String fileName, String format, Principal actor, String ip) {
        return store(read(bytes, fileName, format), actor, ip, new ImportProgress());
    }

    /**
     * Reads a file from a stream (see {@link #read(InputStream, String, String)}) and stores it, telling
     * {@code progress} of the phases after reading (checking, storing); the caller counts the reading
     * with {@link ImportProgress#reading}.
     */
    public Outcome importFile(InputStream in, String fileName, String format, Principal actor, String ip,
                              ImportProgress progress) {
        return store(read(in, fileName, format), actor, ip, progress);
    }

    private Outcome store(IncidentImport read, Principal actor, String ip, ImportProgress progress) {
        if (!read.succeeded()) {
            throw read.errors().get(0).toInvalidInput();
        }
        progress.phase(ImportProgress.Phase.CHECKING, read.incidents().size());
        checkVictims(read);
        progress.phase(ImportProgress.Phase.STORING, read.incidents().size());
        return jdbi.inTransaction(h -> {
            List<ImportedIncident> fresh = read.incidents().stream()
                    .filter(i -> observatory.idOf(i.incident().origin(), i.incident().externalId()).isEmpty()).toList();
            Observatory.Recorded recorded = observatory.recordAll(read.drafts(), actor.username(), ip);
            int stored = 0;
            for (ImportedIncident i : fresh) {
                long id = observatory.idOf(i.incident().origin(), i.incident().externalId()).orElseThrow();
                stored += victims.recordAll(id, i.victims(), actor, ip).size();
            }
            return new Outcome(read, recorded.added(), recorded.unchanged(), stored);
        });
    }

    /** Victims are checked before anything is written, so that a bad one refuses the file with its line. */
    private void checkVictims(IncidentImport read) {
        LocalDate today = LocalDate.now(clock);
        for (ImportedIncident i : read.incidents()) {
            for (int k = 0; k < i.victims().size(); k++) {
                VictimDraft v = i.victims().get(k);
                try {
                    VictimChecks.ageGroup(v);
                    VictimChecks.consent(v.consent(), VictimChecks.identity(v.identity()), today);
                    for (int a = 0; a < v.actIndexes().size(); a++) {
                        int act = v.actIndexes().get(a);
                        if (act < 0 || act >= i.incident().acts().size()) {
                            throw new InvalidInput("acts[" + a + "]", "observatory.victim.act_unknown", String.valueOf(act));
                        }
                    }
                } catch (InvalidInput e) {
                    throw new InvalidInput("line " + i.line() + ", victims[" + k + "]." + e.field(), e.messageKey(), e.args());
                }
            }
        }
    }
}
