package org.vigie.texts.chain;

import java.util.Objects;
import org.vigie.texts.Resolution;

/** A text Vigie holds, as the chain needs it: its stored id and its reading. */
public record StoredText(long id, Resolution resolution) {
    public StoredText {
        Objects.requireNonNull(resolution, "resolution");
    }
}
