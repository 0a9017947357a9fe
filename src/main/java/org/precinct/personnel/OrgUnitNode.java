package org.precinct.personnel;

import java.util.List;

/**
 * A unit of the org chart with the units under it, in chart order (offices first, then by seniority of creation).
 *
 * @param unit the unit
 * @param children the units directly under it
 */
public record OrgUnitNode(OrgUnitView unit, List<OrgUnitNode> children) {

    public OrgUnitNode {
        children = List.copyOf(children);
    }
}
