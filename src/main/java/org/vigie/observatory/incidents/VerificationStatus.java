package org.vigie.observatory.incidents;

import java.util.EnumSet;
import java.util.Set;
import org.vigie.errors.InvalidInput;
import org.vigie.observatory.vocabulary.Label;

/**
 * Where an incident stands in verification. A report is examined before it is verified or dismissed; a
 * verified or dismissed incident is reopened for examination when new information arrives, never flipped
 * straight to the opposite conclusion, so that the record shows the re-examination.
 */
public enum VerificationStatus {
    REPORTED(new Label("Reported", "Signalé")),
    PENDING_VERIFICATION(new Label("Pending verification", "En cours de vérification")),
    VERIFIED(new Label("Verified", "Vérifié")),
    DISMISSED(new Label("Dismissed", "Écarté"));

    private final Label label;

    VerificationStatus(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The statuses an incident in this status may move to. */
    public Set<VerificationStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(PENDING_VERIFICATION, DISMISSED);
            case PENDING_VERIFICATION -> EnumSet.of(VERIFIED, DISMISSED);
            case VERIFIED, DISMISSED -> EnumSet.of(PENDING_VERIFICATION);
        };
    }

    public boolean canBecome(VerificationStatus target) {
        return next().contains(target);
    }

    /**
     * The target status when the move is allowed.
     *
     * @throws InvalidInput on field {@code verification_status} naming both statuses otherwise
     */
    public VerificationStatus moveTo(VerificationStatus target) {
        if (!canBecome(target)) {
            throw new InvalidInput("verification_status", "observatory.verification.not_allowed", name(), target.name());
        }
        return target;
    }
}
