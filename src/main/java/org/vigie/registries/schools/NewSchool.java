package org.vigie.registries.schools;

import java.time.LocalDate;
import java.util.Objects;
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

    static NewSchool from(Input in, Places places, LocalDate today) {
        return new NewSchool(in.one("name"), places.cercleOrCommune("pcode", in.one("pcode")), in.one("locality"),
                Coded.parse(SchoolLevel.class, "level", in.one("level")), ClosureReport.from(in, today));
    }
}
