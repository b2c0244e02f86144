package org.vigie.tracker.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vigie.tracker.followup.ProgressReport;
import org.vigie.tracker.followup.TrackerAction;

/** What is due soon or overdue for one person: reporting deadlines, open actions, reports waiting or returned. */
public record ReminderList(LocalDate today, List<Deadline> deadlines, List<TrackerAction> actions,
                           List<ProgressReport> pendingReports, List<ProgressReport> returnedReports) {
    public ReminderList {
        deadlines = List.copyOf(deadlines);
        actions = List.copyOf(actions);
        pendingReports = List.copyOf(pendingReports);
        returnedReports = List.copyOf(returnedReports);
    }

    public boolean isEmpty() {
        return deadlines.isEmpty() && actions.isEmpty() && pendingReports.isEmpty() && returnedReports.isEmpty();
    }

    /** Days from today to {@code date}: negative when it has passed. */
    public long daysTo(LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
