package org.vigie.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;

class PasswordPolicyTest {
    @Test
    void a_long_phrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("le fleuve Niger à Mopti", "amina")).doesNotThrowAnyException();
    }

    @Test
    void a_short_password_is_refused_naming_the_minimum() {
        assertThatThrownBy(() -> PasswordPolicy.check("court", "amina")).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("error.password.too_short");
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("Amina-2026-Mopti", "amina"))
                .extracting("messageKey").isEqualTo("error.password.contains_username");
    }

    @Test
    void a_common_or_repetitive_password_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("azertyuiop12", "x")).extracting("messageKey").isEqualTo("error.password.too_common");
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaaaa", "x")).extracting("messageKey").isEqualTo("error.password.too_common");
    }
}
