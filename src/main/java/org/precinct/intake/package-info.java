/**
 * Non-emergency contacts from every channel (online, phone, Open311): the emergency check first, then the
 * incident-type catalogue, structured questions, location, duplicates, numbering, routing and follow-up.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"shared", "audit", "geography", "notifications", "personnel"})
package org.precinct.intake;
