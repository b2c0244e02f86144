package org.vigie.texts;

import java.time.LocalDate;
import java.util.Objects;

/** The adoption line at the foot of an adopted text: "26th plenary meeting, 26 October 2018". */
public record Adoption(String meeting, LocalDate date) {

    public Adoption {
        Objects.requireNonNull(meeting, "meeting");
        if (meeting.isBlank()) {
            throw new IllegalArgumentException("meeting is blank");
        }
    }
}
