package org.vigie.registries.schools;

import java.time.LocalDate;
import java.util.Objects;
import org.vigie.errors.Faults;
import org.vigie.observatory.places.AdminUnit;
import org.vigie.registries.Coded;
import org.vigie.registries.Fields;
import org.vigie.registries.Input;
import org.vigie.registries.Places;

/** A school entered in the registry with its first closure. */
public record NewSchool(String name, AdminUnit place, String locality, SchoolLevel level, ClosureReport closure) {
    static final int MAX_NAME = 300;

    public NewSchool {
        name = Fields.required("name", name, MAX_NAME);
        Objects.requireNonNull(place, "place");
        locality = Fields.optional("locality", locality, MAX_NAME);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(closure, "closure");
    }

    /** Every field is read, and every fault refused at once ({@link Faults}), before the record is made. */
    static NewSchool from(Input in, Places places, LocalDate today) {
        Faults faults = new Faults();
        faults.run(() -> Fields.required("name", in.one("name"), MAX_NAME));
        AdminUnit place = faults.check(() -> places.cercleOrCommune("pcode", in.one("pcode")));
        faults.run(() -> Fields.optional("locality", in.one("locality"), MAX_NAME));
        SchoolLevel level = faults.check(() -> Coded.parse(SchoolLevel.class, "level", in.one("level")));
        ClosureReport closure = ClosureReport.from(in, today, faults);
        faults.throwIfAny();
        return new NewSchool(in.one("name"), place, in.one("locality"), level, closure);
    }
}
