package org.vigie.texts;

import java.time.LocalDate;

/**
 * The adoption of a text: the line at its foot ("26th plenary meeting, 26 October 2018") or its heading
 * ("Resolution adopted by the Human Rights Council on 1 April 2022", which names no meeting). Either part may
 * be unknown (null), not both.
 */
public record Adoption(String meeting, LocalDate date) {

    public Adoption {
        if (meeting != null && meeting.isBlank()) {
            throw new IllegalArgumentException("meeting is blank");
        }
        if (meeting == null && date == null) {
            throw new IllegalArgumentException("an adoption names its meeting or its date");
        }
    }
}
