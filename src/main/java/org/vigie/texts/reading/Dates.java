package org.vigie.texts.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as UN texts write them in English and French: "26 October 2018", "1er avril 2022". */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12));

    /** Day (French "1er" for the first), month name, four-digit year. */
    public static final String REGEX = "(\\d{1,2})(?:er)?\\s+(" + String.join("|", MONTHS.keySet()) + ")\\s+(\\d{4})";
    static final Pattern DATE = Pattern.compile(REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {
    }

    /** The first date in {@code text}. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? of(m, 1) : Optional.empty();
    }

    /**
     * The date matched by {@link #REGEX} inside a larger pattern whose day group is {@code dayGroup};
     * empty for an impossible day such as 31 June.
     */
    public static Optional<LocalDate> of(Matcher m, int dayGroup) {
        try {
            int month = MONTHS.get(m.group(dayGroup + 1).toLowerCase(java.util.Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(dayGroup + 2)), month,
                    Integer.parseInt(m.group(dayGroup))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
