/**
 * Crime analysis: the department's incidents (approved reports and imported history) counted by type, place and
 * time, hotspots, emerging space-time clusters and near repeats, the weekly incident report and the public map.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Analysis",
        allowedDependencies = {"shared", "audit", "geography", "notifications", "personnel", "intake", "records"})
package org.precinct.analysis;
