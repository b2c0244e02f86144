package org.vigie.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * What every template receives besides its own model: the language and its messages, the person
 * logged in (or null), the CSRF token for forms, the current path, the asset addresses, and whether
 * this Vigie runs the demonstration (shown on every page), and a notice for administrators (a disk
 * filling up) shown on every page, or null; the confirmation a redirect after POST carried ({@link Flash}), or
 * null; and the caller's tasks for the navigation, counted once if the layout asks.
 */
public record Page(Lang lang, Messages messages, Principal user, String csrf, String path, Assets assets, boolean demo,
                   String notice, String flash, Supplier<List<Tasks.Task>> tasks) {

    public Page(Lang lang, Messages messages, Principal user, String csrf, String path, Assets assets, boolean demo, String notice) {
        this(lang, messages, user, csrf, path, assets, demo, notice, null, List::of);
    }

    /** The caller's tasks with something waiting, for the navigation. */
    public List<Tasks.Task> waiting() {
        return tasks.get().stream().filter(t -> t.count() > 0).toList();
    }

    public String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** The message for {@code key}, or {@code fallback} where the bundles have none (a code recorded by a newer version). */
    public String labelOr(String key, String fallback) {
        return messages.has(lang, key) ? t(key) : fallback;
    }

    public String langCode() {
        return lang.code();
    }

    public Lang otherLang() {
        return lang == Lang.FR ? Lang.EN : Lang.FR;
    }

    public boolean loggedIn() {
        return user != null;
    }

    public boolean is(Role... roles) {
        return user != null && Arrays.asList(roles).contains(user.role());
    }

    public String asset(String name) {
        return assets.url(name);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : messages.dateTime(lang, at);
    }

    /** A day as the interface writes dates ("1er janvier 2026"), or "" for none. */
    public String date(java.time.LocalDate d) {
        return d == null ? "" : messages.date(lang, d);
    }

    /** A period known to the day, the month or the year ({@code precision} DAY, MONTH or YEAR); see {@link Messages#period}. */
    public String period(java.time.LocalDate start, java.time.LocalDate end, String precision) {
        return start == null ? "" : messages.period(lang, start, end, precision);
    }

    public String number(long n) {
        return messages.number(lang, n);
    }

    /** "Field : what is wrong", the field named as the form labels it (or as given: a line and column). */
    public String explain(InvalidInput e) {
        return label(e.field()) + (lang == Lang.FR ? " : " : ": ") + t(e.messageKey(), e.args());
    }

    /** The label a person reads for a field's machine path ({@code victims[0].consent.given_by}); see {@link FieldLabels}. */
    public String label(String field) {
        return new FieldLabels(messages, lang).label(field);
    }

    /** Every fault of a refused form, labelled, for its summary and its fields; none when {@code refusal} is null. */
    public FormErrors errors(InvalidInput refusal) {
        return FormErrors.of(refusal, this);
    }

    /** How many of a list's filters are set (neither null nor blank): a phone's folded filters open when one is. */
    public int active(Object... filters) {
        int n = 0;
        for (Object f : filters) {
            if (f != null && !f.toString().isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** The label of a list's folded filters, with how many are set ("Filtrer la liste (2 filtres actifs)"). */
    public String foldLabel(int active) {
        return active == 0 ? t("filters.fold") : t("filters.fold.active", active);
    }

    public String roleName(Role r) {
        return t("role." + r.code());
    }
}
