/**
 * Tells people things: e-mail over SMTP, queued in an outbox within the caller's transaction and delivered with
 * retries, and in-app notifications read in the staff console.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "audit"})
package org.precinct.notifications;
