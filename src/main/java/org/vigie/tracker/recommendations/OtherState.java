package org.vigie.tracker.recommendations;

import java.util.Locale;
import org.vigie.errors.Conflict;
import org.vigie.tracker.imports.StateNames;

/**
 * A list of recommendations made to another State than the one Vigie follows: refused unless the importer confirms
 * that State ({@code --state SI}, {@code state=SI}), so that Slovenia's list never fills Mali's report unnoticed.
 * Names the field {@code state}; its arguments are the list's State and Vigie's as codes, then their names in
 * English, then in French, so that each language's message picks its own.
 */
public final class OtherState extends Conflict {
    private final String listState;
    private final String followed;

    public OtherState(String listState, String followed) {
        super("state", "tracker.import.other_state", listState, followed,
                StateNames.name(listState, Locale.ENGLISH), StateNames.name(followed, Locale.ENGLISH),
                StateNames.name(listState, Locale.FRENCH), StateNames.name(followed, Locale.FRENCH));
        this.listState = listState;
        this.followed = followed;
    }

    /** The State the list's recommendations are addressed to. */
    public String listState() {
        return listState;
    }

    /** The State Vigie follows. */
    public String followed() {
        return followed;
    }
}
