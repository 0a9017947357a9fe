package org.precinct.personnel;

import java.util.Locale;

/**
 * A unit as a choice in a list, indented by its depth in the chart.
 *
 * @param unit the unit
 * @param depth 0 at the top of the organisation
 */
public record OrgUnitOption(OrgUnitView unit, int depth) {

    /** The unit's name indented with dashes by depth, for a select box, which allows no other markup. */
    public String label(Locale locale) {
        return "\u2014 ".repeat(depth) + unit.name(locale);
    }
}
