/**
 * The department's organisation chart (offices, divisions, bureaus, units and sections) and its employees: serial
 * numbers, ranks, sworn or civilian status, contact details and the history of their assignments.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Personnel",
        allowedDependencies = {"shared", "audit"})
package org.precinct.personnel;
