package org.precinct.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.identity.account.PasswordPolicy;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.violations("river lantern quartz morning", "ana.ruiz"))
                .isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.violations("a1b2c3d", "ana")).containsExactly("identity.password.too-short");
        assertThat(policy.violations(null, "ana")).containsExactly("identity.password.too-short");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.violations("x".repeat(129) + "y", "ana")).containsExactly("identity.password.too-long");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.violations("Password123", "ana")).contains("identity.password.common");
        assertThat(policy.violations("QWERTY123", "ana")).contains("identity.password.common");
        assertThat(policy.violations("police123", "ana")).contains("identity.password.common");
        assertThat(policy.violations("Chesterfield2026", "ana")).contains("identity.password.common");
    }

    @Test
    void refusesPasswordsBuiltFromTheUsername() {
        assertThat(policy.violations("ana.ruiz-rocks", "ana.ruiz")).contains("identity.password.contains-username");
    }

    @Test
    void refusesOneRepeatedCharacter() {
        assertThat(policy.violations("zzzzzzzzzzzz", "ana")).contains("identity.password.repeated");
    }
}
