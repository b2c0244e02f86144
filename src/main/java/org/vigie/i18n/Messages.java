package org.vigie.i18n;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence of the interface, in French and English, from {@code i18n/messages_*.properties}.
 * A key missing from a bundle is a defect that a test catches; at run time it shows as the key.
 *
 * <p>Patterns are ICU MessageFormat: {@code {0,plural,one{# incident vérifié} other{# incidents vérifiés}}} follows
 * each language's CLDR plural rules (French counts 0 and 1 as "one"; English only 1), and
 * {@code selectordinal} its ordinals ("1er janvier"). Dates have one format per language, written in the bundle
 * ({@code format.date}, {@code format.month}, {@code format.date_time}).
 */
public final class Messages {
    private static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang l : Lang.values()) {
            bundles.put(l, ResourceBundle.getBundle("i18n.messages", l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public String get(Lang lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, lang.locale());
        try {
            return format.format(args);
        } catch (IllegalArgumentException e) {
            // A plural rule needs a number; a caller that passed one as text ("3") still gets the right form.
            return format.format(numbers(args));
        }
    }

    private static Object[] numbers(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("-?\\d{1,18}")) {
                out[i] = Long.parseLong(s);
            }
        }
        return out;
    }

    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    public java.util.Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }

    /** A date and time as people in Mali read it (Bamako time is UTC all year): the date as {@link #date}, then the time. */
    public String dateTime(Lang lang, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, BAMAKO);
        return get(lang, "format.date_time", date(lang, local.toLocalDate()), local.getHour(), String.format("%02d", local.getMinute()));
    }

    /** "1er janvier 2026", "7 décembre 2026"; "January 1, 2026". */
    public String date(Lang lang, LocalDate d) {
        return get(lang, "format.date", d.getDayOfMonth(), monthName(lang, d), String.valueOf(d.getYear()));
    }

    /** "octobre 2026", "October 2026": a date known to the month. */
    public String month(Lang lang, LocalDate d) {
        return get(lang, "format.month", monthName(lang, d), String.valueOf(d.getYear()));
    }

    /**
     * A period known to the day, the month or the year ({@code precision} DAY, MONTH or YEAR), from {@code start} to
     * {@code end}: "octobre 2026", "2025", "3 – 5 mars 2026" is written "3 mars 2026 – 5 mars 2026".
     */
    public String period(Lang lang, LocalDate start, LocalDate end, String precision) {
        String from = at(lang, start, precision);
        String to = end == null ? from : at(lang, end, precision);
        return from.equals(to) ? from : from + " – " + to;
    }

    private String at(Lang lang, LocalDate d, String precision) {
        return switch (precision.toUpperCase(java.util.Locale.ROOT)) {
            case "YEAR" -> String.valueOf(d.getYear());
            case "MONTH" -> month(lang, d);
            default -> date(lang, d);
        };
    }

    private static String monthName(Lang lang, LocalDate d) {
        return DateFormatSymbols.getInstance(lang.locale()).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[d.getMonthValue() - 1];
    }

    public String number(Lang lang, long n) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }
}
