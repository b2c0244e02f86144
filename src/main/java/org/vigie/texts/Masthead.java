package org.vigie.texts;

import java.time.LocalDate;
import java.util.List;

/**
 * What the first page of a published document says of it besides its symbol, session and agenda item: the
 * distribution date ("Distr.: General / 3 April 2017"), the original language ("Original: French", as a
 * code: "fr"), the session's dates, a draft's own number ("40/..."), its sponsors, whether the heading states an
 * adoption ("Resolution adopted by the Human Rights Council on 24 March 2017", with or without its date), and
 * the vote where the text records it ("[Adopted without a vote.]"). Any of them may be null or empty.
 */
public record Masthead(LocalDate distributed, String originalLanguage, String sessionDates, String draftNumber,
                       List<Sponsor> sponsors, boolean headingSaysAdopted, LocalDate headingDate, String vote) {

    public static final Masthead NONE = new Masthead(null, null, null, null, List.of(), false, null, null);

    public Masthead {
        sponsors = List.copyOf(sponsors);
    }

    public Masthead withVote(String vote) {
        return new Masthead(distributed, originalLanguage, sessionDates, draftNumber, sponsors, headingSaysAdopted,
                headingDate, vote);
    }
}
