package org.vigie.texts;

/** What an operative clause does, read from its opening verb. */
public enum ClauseKind {
    CONDEMNATION, REQUEST, ENCOURAGEMENT, WELCOME, DECISION, RECALL, NOTE,
    /** The opening verb is not in the vocabulary; the clause is kept with its first word as verb. */
    OTHER;

    /** Kinds by which the organ asks someone to act; addressed to the State they become commitments. */
    public boolean asksToAct() {
        return this == REQUEST || this == ENCOURAGEMENT;
    }
}
