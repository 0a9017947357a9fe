/**
 * The Bureau of Records: incident reports and their review, the master indexes of persons, vehicles and property,
 * record checks from the patrol car, and the department's NIBRS submissions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Records",
        allowedDependencies = {"shared", "audit", "geography", "notifications", "personnel", "intake"})
package org.precinct.records;
