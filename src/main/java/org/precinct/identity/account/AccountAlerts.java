package org.precinct.identity.account;

import org.springframework.stereotype.Component;

@Component
class AccountAlerts {
    void accountLocked(StaffAccount account) {}
}
