/**
 * Who may use Precinct and how they prove it: staff accounts and their roles, passwords, the TOTP second
 * factor, lockout, sessions, API tokens and single sign-on.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared", "audit", "personnel", "notifications"})
package org.precinct.identity;
