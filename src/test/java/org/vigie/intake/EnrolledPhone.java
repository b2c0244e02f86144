package org.vigie.intake;

import java.nio.file.Path;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;

/**
 * A phone ready to send records: enrolled by the analyst for the monitor, its form downloaded through the
 * OpenRosa APIs and the form's media saved where JavaRosa looks for them.
 */
record EnrolledPhone(String token, CollectPhone phone, CollectPhone.Form form) {

    /** Enrols a device named {@code name} on {@code vigie} and readies its form, with the media in {@code media}. */
    static EnrolledPhone of(RunningVigie vigie, String name, Path media) throws Exception {
        String token = vigie.app().fieldDevices().enrol(vigie.principal(Role.ANALYST), "127.0.0.1",
                RunningVigie.username(Role.MONITOR), name).token();
        CollectPhone phone = new CollectPhone(vigie.base() + "/odk/key/" + token);
        CollectPhone.Form form = phone.download();
        CollectPhone.saveMedia(form, media);
        return new EnrolledPhone(token, phone, form);
    }
}
