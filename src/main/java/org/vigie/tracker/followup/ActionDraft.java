package org.vigie.tracker.followup;

import java.time.LocalDate;
import java.util.function.Function;
import org.vigie.errors.Faults;
import org.vigie.errors.InvalidInput;

/** An action as a form gives it, checked: a title, an owner institution, dates in order, a state. */
public record ActionDraft(String title, String institutionCode, String responsible, LocalDate startsOn, LocalDate dueOn,
                          ActionState state) {
    public ActionDraft {
        title = FormValues.text("title", title, 2000, true);
        institutionCode = FormValues.text("institution", institutionCode, 50, true);
        responsible = FormValues.text("responsible", responsible, 200, false);
        if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
            throw new InvalidInput("due_on", "error.tracker.due_before_start");
        }
        if (state == null) {
            state = ActionState.PLANNED;
        }
    }

    /** Reads the fields {@code title}, {@code institution}, {@code responsible}, {@code starts_on}, {@code due_on}, {@code state}. */
    public static ActionDraft parse(Function<String, String> form) {
        // Every field is read before refusing, so that the form shows all its faults at once.
        Faults faults = new Faults();
        String state = form.apply("state");
        String title = faults.check(() -> FormValues.text("title", form.apply("title"), 2000, true));
        String institution = faults.check(() -> FormValues.text("institution", form.apply("institution"), 50, true));
        String responsible = faults.check(() -> FormValues.text("responsible", form.apply("responsible"), 200, false));
        LocalDate startsOn = faults.check(() -> FormValues.date("starts_on", form.apply("starts_on")));
        LocalDate dueOn = faults.check(() -> FormValues.date("due_on", form.apply("due_on")));
        ActionState s = faults.check(() -> state == null || state.isBlank() ? null : ActionState.parse("state", state));
        if (startsOn != null && dueOn != null && dueOn.isBefore(startsOn)) {
            faults.add("due_on", "error.tracker.due_before_start");
        }
        faults.throwIfAny();
        return new ActionDraft(title, institution, responsible, startsOn, dueOn, s);
    }
}
