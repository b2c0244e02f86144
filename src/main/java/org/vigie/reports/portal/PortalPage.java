package org.vigie.reports.portal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * What every portal template receives: the language and its messages, the snapshot, and the page's own file
 * name, from which every link is made relative ({@code ../data/...}, {@code ../en/<same page>}), so that the
 * same pages work served by Vigie under {@code /public/} and copied to any web server or a USB stick.
 * Nothing on a portal page points to the protected server.
 */
public record PortalPage(Lang lang, Messages messages, Snapshot snapshot, String file) {

    public String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    public boolean has(String key) {
        return messages.has(lang, key);
    }

    public String langCode() {
        return lang.code();
    }

    public boolean french() {
        return lang == Lang.FR;
    }

    /** The same page in the other language. */
    public String otherHref() {
        return "../" + other().code() + "/" + file;
    }

    public Lang other() {
        return lang == Lang.FR ? Lang.EN : Lang.FR;
    }

    /** A file at the site's root (the style sheet, the data folder). */
    public String root(String path) {
        return "../" + path;
    }

    /** When the snapshot's data were read, as its source line says it. */
    public String madeAt() {
        return messages.dateTime(lang, snapshot.madeAt());
    }

    public String date(LocalDate d) {
        return d == null ? "" : messages.date(lang, d);
    }

    /** The date of a snapshot, for a period that is the state of the registers. */
    public String snapshotDate() {
        return messages.date(lang, snapshot.madeAt().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public String number(long n) {
        return messages.number(lang, n);
    }

    /** A cell as printed: the number in this language's digits, or its mark. */
    public String cell(Snapshot.Cell c) {
        return c.hidden() ? c.mark() : number(c.count());
    }
}
