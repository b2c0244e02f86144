package org.vigie.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.evidence.Evidence;
import org.vigie.observatory.incidents.Incident;
import org.vigie.observatory.incidents.IncidentAct;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.incidents.Verification;
import org.vigie.observatory.incidents.VerificationStatus;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.victims.Victim;
import org.vigie.observatory.victims.VictimList;
import org.vigie.observatory.victims.Victims;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * The reconciliation of re-sent submissions (issue 17, {@code #v2}): a record sent again under the same instanceID
 * with other content is stored as a new version, its own reported incident, and waits here for an analyst to
 * compare it with the version standing and decide: keep the first (the new version is merged into it as a
 * duplicate and dismissed), take the second (the other way round), or keep both as separate incidents (marked as
 * not duplicates). Only analysts and administrators, who verify incidents, reconcile; to anyone else a version
 * is not found. Identities are compared only where the viewer's role and the incident's restricted view let
 * them be seen, each one read through {@link Victims#identity}, which audits it; the comparison itself and the
 * decision are audited too.
 */
public final class IntakeVersions {
    static final String READ_REASON = "reconcile a re-sent field submission";

    /** What an analyst may decide about a pending version. */
    public enum Decision {
        KEEP_FIRST, TAKE_SECOND, KEEP_BOTH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Decision parse(String code) {
            for (Decision d : values()) {
                if (d.code().equals(code)) {
                    return d;
                }
            }
            throw new InvalidInput("decision", "intake.versions.decision_unknown");
        }
    }

    /** A version waiting for a decision, as the queue lists it. */
    public record Pending(long id, String instanceId, int version, String reference, String firstReference, String title,
                          String device, Instant receivedAt) {
    }

    /** One compared field: a message key (or a victim's pseudonym and the field), and the two values as shown. */
    public record Line(String section, String field, String first, String second) {
        public boolean differs() {
            return !Objects.equals(first, second);
        }
    }

    /** The two versions side by side. */
    public record Comparison(long id, String instanceId, int version, int firstVersion, Incident first, Incident second,
                             String device, Instant receivedAt, boolean identitiesShown, List<Line> lines) {
        public long differences() {
            return lines.stream().filter(Line::differs).count();
        }
    }

    private final Jdbi jdbi;
    private final Observatory observatory;
    private final Victims victims;
    private final Evidence evidence;
    private final Verification verification;
    private final AuditStore audit;
    private final Clock clock;

    public IntakeVersions(Jdbi jdbi, Observatory observatory, Victims victims, Evidence evidence, Verification verification,
                          AuditStore audit, Clock clock) {
        this.jdbi = jdbi;
        this.observatory = observatory;
        this.victims = victims;
        this.evidence = evidence;
        this.verification = verification;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean reconciles(Principal who) {
        return who.role() == Role.ANALYST || who.role() == Role.ADMINISTRATOR;
    }

    /** The versions waiting, oldest first; empty for a role that does not reconcile, or incidents it cannot see. */
    public List<Pending> pending(Principal who, int limit) {
        if (!reconciles(who)) {
            return List.of();
        }
        List<Pending> out = new ArrayList<>();
        for (IntakeVersionStore.Row r : jdbi.withHandle(h -> IntakeVersionStore.pending(h, limit))) {
            visible(r.incidentId(), who).ifPresent(second -> visible(r.firstIncidentId(), who).ifPresent(first ->
                    out.add(new Pending(r.id(), r.instanceId(), r.version(), second.reference(), first.reference(), second.title(),
                            r.deviceLabel(), r.receivedAt()))));
        }
        return out;
    }

    /** How many versions wait, for the analyst's home. */
    public long countPending(Principal who) {
        return reconciles(who) ? jdbi.withHandle(IntakeVersionStore::countPending) : 0;
    }

    /**
     * The pending version {@code id} beside the one standing, field by field, in {@code locale}. Not found for a
     * role that does not reconcile, a version already decided, or an incident outside the viewer's view.
     */
    public Comparison compare(Principal who, String ip, long id, Locale locale) {
        IntakeVersionStore.Row r = pendingRow(who, id);
        Incident first = observatory.incident(r.firstIncidentId(), who);
        Incident second = observatory.incident(r.incidentId(), who);
        VictimList firstVictims = victims.list(first.id(), who);
        VictimList secondVictims = victims.list(second.id(), who);
        boolean identities = firstVictims.identitiesVisible() && secondVictims.identitiesVisible();
        audit.record(AuditEvent.of(who.username(), "intake.version.read", "incident:" + second.id(), ip)
                .with("submission", Long.toString(id)).with("first", Long.toString(first.id()))
                .with("identities", Boolean.toString(identities)));
        List<Line> lines = new ArrayList<>(incidentLines(first, second, locale));
        int n = Math.max(firstVictims.victims().size(), secondVictims.victims().size());
        for (int i = 0; i < n; i++) {
            Victim a = i < firstVictims.victims().size() ? firstVictims.victims().get(i) : null;
            Victim b = i < secondVictims.victims().size() ? secondVictims.victims().get(i) : null;
            String section = Integer.toString(i + 1);
            lines.addAll(victimLines(section, a, b, locale));
            if (identities) {
                lines.addAll(identityLines(section, identity(a, who, ip), identity(b, who, ip)));
            }
        }
        lines.add(new Line("media", "intake.versions.media", media(first.id()), media(second.id())));
        return new Comparison(id, r.instanceId(), r.version(), r.firstVersion(), first, second, r.deviceLabel(), r.receivedAt(),
                identities, lines);
    }

    /**
     * Applies the decision and takes the version out of the queue, in one transaction with its audit entry.
     * Keeping one version merges the other into it ({@link Verification#merge}) and dismisses it when its status
     * allows (a verified incident is left for the analyst to reopen: its status never flips straight).
     */
    public void decide(Principal who, String ip, long id, String decisionCode) {
        Decision decision = Decision.parse(decisionCode);
        pendingRow(who, id);
        jdbi.useTransaction(h -> {
            IntakeVersionStore.Row r = IntakeVersionStore.lock(h, id).filter(x -> x.decision() == null)
                    .orElseThrow(() -> new NotFound("intake version " + id));
            Incident first = observatory.incident(r.firstIncidentId(), who);
            Incident second = observatory.incident(r.incidentId(), who);
            switch (decision) {
                case KEEP_FIRST -> drop(who, ip, second, first);
                case TAKE_SECOND -> drop(who, ip, first, second);
                case KEEP_BOTH -> verification.notDuplicate(who, ip, first.id(), second.id());
            }
            IntakeVersionStore.decide(h, id, decision.code(), who.username(), clock.instant());
            audit.record(h, AuditEvent.of(who.username(), "intake.version.decided", "incident:" + second.id(), ip)
                    .with("submission", Long.toString(id)).with("decision", decision.code())
                    .with("first", Long.toString(first.id())).with("instance", r.instanceId()));
        });
    }

    private void drop(Principal who, String ip, Incident dropped, Incident kept) {
        verification.merge(who, ip, dropped.id(), kept.id());
        if (dropped.status().canBecome(VerificationStatus.DISMISSED)) {
            verification.dismiss(who, ip, dropped.id());
        }
    }

    private IntakeVersionStore.Row pendingRow(Principal who, long id) {
        if (!reconciles(who)) {
            throw new NotFound("intake version " + id);
        }
        IntakeVersionStore.Row r = jdbi.withHandle(h -> IntakeVersionStore.find(h, id)).filter(x -> x.decision() == null)
                .orElseThrow(() -> new NotFound("intake version " + id));
        // Both incidents must be in the viewer's view (a restricted one is not found outside it).
        observatory.incident(r.firstIncidentId(), who);
        observatory.incident(r.incidentId(), who);
        return r;
    }

    private Optional<Incident> visible(long incidentId, Principal who) {
        try {
            return Optional.of(observatory.incident(incidentId, who));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    private List<Line> incidentLines(Incident a, Incident b, Locale locale) {
        List<Line> out = new ArrayList<>();
        out.add(new Line("incident", "field.date_start", String.valueOf(a.date().start()), String.valueOf(b.date().start())));
        out.add(new Line("incident", "field.date_end", text(a.date().end()), text(b.date().end())));
        out.add(new Line("incident", "field.place", observatory.placeName(a.place()), observatory.placeName(b.place())));
        out.add(new Line("incident", "field.locality", text(a.locality()), text(b.locality())));
        out.add(new Line("incident", "intake.versions.gps", gps(a), gps(b)));
        out.add(new Line("incident", "field.title", text(a.title()), text(b.title())));
        out.add(new Line("incident", "field.description_fr", text(a.descriptionFr()), text(b.descriptionFr())));
        out.add(new Line("incident", "field.description_en", text(a.descriptionEn()), text(b.descriptionEn())));
        out.add(new Line("incident", "intake.versions.acts", acts(a, locale), acts(b, locale)));
        return out;
    }

    private List<Line> victimLines(String section, Victim a, Victim b, Locale locale) {
        List<Line> out = new ArrayList<>();
        // Pseudonyms are not compared: each version's victims were given their own.
        out.add(new Line(section, "intake.versions.present", a == null ? "" : "✓", b == null ? "" : "✓"));
        out.add(new Line(section, "field.sex", a == null || a.sex() == null ? "" : a.sex().label().in(locale),
                b == null || b.sex() == null ? "" : b.sex().label().in(locale)));
        out.add(new Line(section, "field.age", a == null ? "" : text(a.age()), b == null ? "" : text(b.age())));
        out.add(new Line(section, "field.age_group", a == null || a.ageGroup() == null ? "" : a.ageGroup().label().in(locale),
                b == null || b.ageGroup() == null ? "" : b.ageGroup().label().in(locale)));
        out.add(new Line(section, "field.categories", a == null ? "" : categories(a, locale), b == null ? "" : categories(b, locale)));
        out.add(new Line(section, "field.consent", a == null ? "" : consent(a, locale), b == null ? "" : consent(b, locale)));
        return out;
    }

    private static List<Line> identityLines(String section, Identity a, Identity b) {
        return List.of(
                new Line(section, "field.identity.full_name", a == null ? "" : text(a.fullName()), b == null ? "" : text(b.fullName())),
                new Line(section, "field.identity.other_names", a == null ? "" : text(a.otherNames()), b == null ? "" : text(b.otherNames())),
                new Line(section, "field.identity.contact", a == null ? "" : text(a.contact()), b == null ? "" : text(b.contact())),
                new Line(section, "field.identity.document", a == null ? "" : text(a.identityDocument()),
                        b == null ? "" : text(b.identityDocument())));
    }

    /** The identity, read through the audited path; none when the victim has none recorded. */
    private Identity identity(Victim v, Principal who, String ip) {
        if (v == null || !v.hasIdentity()) {
            return null;
        }
        return victims.identity(v.incidentId(), v.id(), who, ip, READ_REASON).orElse(null);
    }

    private String acts(Incident i, Locale locale) {
        return i.acts().stream().map(a -> observatory.label(a.actType(), locale) + perpetrators(a, locale))
                .collect(Collectors.joining("; "));
    }

    private static String perpetrators(IncidentAct a, Locale locale) {
        if (a.perpetrators().isEmpty()) {
            return "";
        }
        return " (" + a.perpetrators().stream().map(p -> p.category().label().in(locale)
                + (p.groupName() == null || p.groupName().isBlank() ? "" : " – " + p.groupName())).collect(Collectors.joining(", ")) + ")";
    }

    private static String categories(Victim v, Locale locale) {
        return v.categories().stream().map(c -> c.label().in(locale)).sorted().collect(Collectors.joining(", "));
    }

    private static String consent(Victim v, Locale locale) {
        if (v.consent() == null) {
            return "";
        }
        return v.consent().uses().stream().map(u -> u.label().in(locale)).sorted().collect(Collectors.joining(", "))
                + (v.consent().givenOn() == null ? "" : " · " + v.consent().givenOn());
    }

    /** The media by their SHA-256: names change between sends, content is what matters. */
    private String media(long incidentId) {
        return evidence.of(incidentId).stream().map(f -> f.contentType() + " " + f.sha256().substring(0, 12))
                .sorted().collect(Collectors.joining(", "));
    }

    private static String gps(Incident i) {
        return i.latitude() == null || i.longitude() == null ? "" : i.latitude() + ", " + i.longitude();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
