package org.vigie.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence of the interface, in French and English, from {@code i18n/messages_*.properties}.
 * A key missing from a bundle is a defect that a test catches; at run time it shows as the key.
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    public java.util.Set<String> keys(Lang lang) {
        return bundles.get(lang).keySet();
    }

    /** A date and time as people in Mali read it (Bamako time is UTC all year). */
    public String dateTime(Lang lang, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(lang.locale()).withZone(BAMAKO).format(at);
    }

    public String date(Lang lang, LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(d);
    }

    public String number(Lang lang, long n) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }
}
