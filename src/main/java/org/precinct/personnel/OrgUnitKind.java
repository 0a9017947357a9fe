package org.precinct.personnel;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of organisational unit and how they nest: offices and divisions at the top, bureaus within them,
 * units within bureaus (or directly within an office or division), sections within units or bureaus.
 */
public enum OrgUnitKind {
    OFFICE,
    DIVISION,
    BUREAU,
    UNIT,
    SECTION;

    /** Whether a unit of this kind may stand at the top of the organisation, under no other unit. */
    public boolean mayBeTopLevel() {
        return this == OFFICE || this == DIVISION;
    }

    /** Whether a unit of this kind may be placed directly under a unit of kind {@code parent}. */
    public boolean mayNestUnder(OrgUnitKind parent) {
        return allowedParents().contains(parent);
    }

    private Set<OrgUnitKind> allowedParents() {
        return switch (this) {
            case OFFICE -> EnumSet.of(OFFICE, DIVISION);
            case DIVISION -> EnumSet.of(OFFICE);
            case BUREAU -> EnumSet.of(OFFICE, DIVISION);
            case UNIT -> EnumSet.of(OFFICE, DIVISION, BUREAU);
            case SECTION -> EnumSet.of(OFFICE, BUREAU, UNIT);
        };
    }

    /** The message key of the kind's display name. */
    public String messageKey() {
        return "personnel.kind." + name();
    }
}
