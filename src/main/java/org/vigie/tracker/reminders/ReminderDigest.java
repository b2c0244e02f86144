package org.vigie.tracker.reminders;

import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/** The reminder digest as plain text, in the reader's language (French or English). */
public final class ReminderDigest {
    /** A subject line and a body. */
    public record Text(String subject, String body) {
    }

    private final Messages messages;

    public ReminderDigest(Messages messages) {
        this.messages = messages;
    }

    public Text text(Lang lang, ReminderList list) {
        StringBuilder b = new StringBuilder(t(lang, "tracker.digest.intro", messages.date(lang, list.today()))).append("\n");
        if (!list.deadlines().isEmpty()) {
            section(b, lang, "tracker.digest.deadlines");
            list.deadlines().forEach(d -> b.append("- ").append(d.title(lang)).append(" : ")
                    .append(when(lang, list, d.dueOn())).append('\n'));
        }
        if (!list.actions().isEmpty()) {
            section(b, lang, "tracker.digest.actions");
            list.actions().forEach(a -> b.append("- [").append(a.institutionCode()).append("] ").append(a.title())
                    .append(a.responsible() == null ? "" : " (" + a.responsible() + ")").append(" : ")
                    .append(when(lang, list, a.dueOn())).append(" — /tracker/").append(a.recommendationId()).append('\n'));
        }
        if (!list.pendingReports().isEmpty()) {
            section(b, lang, "tracker.digest.pending");
            list.pendingReports().forEach(r -> b.append("- [").append(r.institutionCode()).append("] ").append(r.author())
                    .append(", ").append(messages.dateTime(lang, r.submittedAt())).append(" — /tracker/").append(r.recommendationId()).append('\n'));
        }
        if (!list.returnedReports().isEmpty()) {
            section(b, lang, "tracker.digest.returned");
            list.returnedReports().forEach(r -> b.append("- ").append(r.validatorComment() == null ? "" : r.validatorComment())
                    .append(" — /tracker/").append(r.recommendationId()).append('\n'));
        }
        int count = list.deadlines().size() + list.actions().size() + list.pendingReports().size() + list.returnedReports().size();
        return new Text(t(lang, "tracker.digest.subject", count), b.toString());
    }

    private String when(Lang lang, ReminderList list, java.time.LocalDate date) {
        long days = list.daysTo(date);
        String d = messages.date(lang, date);
        return days < 0 ? t(lang, "tracker.digest.overdue", d, -days) : t(lang, "tracker.digest.due_in", d, days);
    }

    private void section(StringBuilder b, Lang lang, String key) {
        b.append('\n').append(t(lang, key)).append('\n');
    }

    private String t(Lang lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }
}
