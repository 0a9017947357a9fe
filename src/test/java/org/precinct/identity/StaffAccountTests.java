package org.precinct.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precinct.identity.account.StaffAccount;
import org.precinct.identity.account.Username;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;

class StaffAccountTests {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private StaffAccount account() {
        return StaffAccount.open(new Username("Ana.Ruiz"), "Sgt. Ana Ruiz", null, null, Set.of(Role.SUPERVISOR), now);
    }

    @Test
    void keepsTheUsernameInLowerCase() {
        assertThat(account().username()).isEqualTo("ana.ruiz");
    }

    @Test
    void refusesUsernamesThatCouldBeConfusedOrInjected() {
        assertThatThrownBy(() -> new Username("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username("1abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username("ana ruiz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username("ana'--")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locksOnceAndOnlyAnUnlockOpensIt() {
        StaffAccount account = account();
        assertThat(account.lock(now)).isTrue();
        assertThat(account.lock(now.plusSeconds(5))).isFalse();
        assertThat(account.lockedAt()).isEqualTo(now);
        account.unlock();
        assertThat(account.locked()).isFalse();
        assertThatThrownBy(account::unlock).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesASecondFactorCodeSeenBefore() {
        StaffAccount account = account();
        account.enrolTotp("JBSWY3DPEHPK3PXP", 100, now);
        assertThat(account.acceptTotpStep(100)).isFalse();
        assertThat(account.acceptTotpStep(99)).isFalse();
        assertThat(account.acceptTotpStep(101)).isTrue();
        assertThat(account.acceptTotpStep(101)).isFalse();
    }

    @Test
    void resettingTheSecondFactorRequiresEnrolmentAgain() {
        StaffAccount account = account();
        account.enrolTotp("JBSWY3DPEHPK3PXP", 100, now);
        assertThat(account.totpEnrolled()).isTrue();
        account.resetTotp();
        assertThat(account.totpEnrolled()).isFalse();
    }
}
