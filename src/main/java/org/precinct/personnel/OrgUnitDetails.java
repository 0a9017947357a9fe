package org.precinct.personnel;

import java.util.List;

/**
 * One unit with its place in the chart and its people.
 *
 * @param unit the unit
 * @param ancestors the units above it, from the top of the organisation down to its parent
 * @param subUnits the units directly under it
 * @param members the employees assigned to it directly (all statuses), by name
 */
public record OrgUnitDetails(
        OrgUnitView unit, List<OrgUnitView> ancestors, List<OrgUnitView> subUnits, List<EmployeeListEntry> members) {

    public OrgUnitDetails {
        ancestors = List.copyOf(ancestors);
        subUnits = List.copyOf(subUnits);
        members = List.copyOf(members);
    }
}
