package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.WebClient;

/** Issue 15, item 4: the new-account form names every fault at once by its label and keeps what was typed, never a password. */
class AdminFormFaultsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.withAccountPerRole();

    @Test
    void a_new_account_refused_names_role_and_password_together_and_keeps_the_username_but_not_the_password() {
        WebClient admin = vigie.web(Role.ADMINISTRATOR);
        admin.get("/admin/accounts");

        HttpResponse<String> r = admin.post("/admin/accounts", "username", "mariam", "display_name", "Mariam Traoré",
                "role", "", "password", "short");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-summary\"").contains("href=\"#role\"").contains("href=\"#password\"")
                .contains("value=\"mariam\"").contains("value=\"Mariam Traoré\"").doesNotContain("value=\"short\"");
        assertThat(vigie.app().accounts().byUsername("mariam")).isEmpty();
    }
}
