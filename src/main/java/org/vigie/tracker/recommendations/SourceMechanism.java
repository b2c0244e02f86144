package org.vigie.tracker.recommendations;

/** The body whose recommendation or commitment Vigie follows. */
public enum SourceMechanism {
    /** The Universal Periodic Review: recommendations of States in the Working Group's report. */
    UPR,
    /** The Independent Expert on the situation of human rights in Mali, kept apart from other special procedures
     * because the resolution (OP22) names it. */
    INDEPENDENT_EXPERT,
    TREATY_BODY,
    SPECIAL_PROCEDURE,
    /** A commitment of the State found in a Council resolution by the texts capability. */
    RESOLUTION_COMMITMENT
}
