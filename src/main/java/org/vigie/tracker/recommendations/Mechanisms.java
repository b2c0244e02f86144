package org.vigie.tracker.recommendations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells the mechanism from UHRI's "Reccomending Body" column ("UPR", "CEDAW", "SR on torture", ...). */
public final class Mechanisms {

    private static final Pattern UPR = Pattern.compile("\\bupr\\b");
    private static final Pattern TREATY_BODY = Pattern.compile(
            "\\b(committee|subcommittee|treaty|cat|ccpr|cedaw|cerd|cescr|cmw|crc|crpd|ced|spt|hrc-ccpr)\\b");
    private static final Pattern SPECIAL_PROCEDURE = Pattern.compile(
            "\\b(special rapporteur|sr|working group|wg|independent expert|ie|special procedures?)\\b");

    private Mechanisms() {
    }

    /**
     * The mechanism named by {@code body}. The Independent Expert on Mali is told apart from other
     * special procedures because the resolution follows its recommendations by name (OP22).
     */
    public static Optional<SourceMechanism> of(String body) {
        String name = body == null ? "" : body.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (UPR.matcher(name).find() || name.contains("universal periodic review")) {
            return Optional.of(SourceMechanism.UPR);
        }
        if ((name.contains("independent expert") || name.startsWith("ie ")) && name.contains("mali")) {
            return Optional.of(SourceMechanism.INDEPENDENT_EXPERT);
        }
        if (SPECIAL_PROCEDURE.matcher(name).find()) {
            return Optional.of(SourceMechanism.SPECIAL_PROCEDURE);
        }
        if (TREATY_BODY.matcher(name).find()) {
            return Optional.of(SourceMechanism.TREATY_BODY);
        }
        return Optional.empty();
    }

    /**
     * The UPR cycle of a Working Group session: fourteen sessions a cycle since the second (1 to 12, 13 to
     * 26, 27 to 40, 41 to 54), so the fifth cycle starts with the 55th session.
     */
    public static Integer uprCycle(int session) {
        if (session < 1) {
            return null;
        }
        return session <= 12 ? 1 : 2 + (session - 13) / 14;
    }
}
