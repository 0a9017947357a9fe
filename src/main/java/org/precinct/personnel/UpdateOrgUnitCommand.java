package org.precinct.personnel;

import java.util.Objects;

/**
 * Renames, recodes or moves a unit, or changes its commander. A unit's kind stays as it was created.
 *
 * @param code short code, unique in the department
 * @param nameEn English name
 * @param nameEs Spanish name
 * @param parentId the unit it belongs to, {@code null} for the top level
 * @param commander the DSN of its commander or head, {@code null} when vacant
 */
public record UpdateOrgUnitCommand(UnitCode code, String nameEn, String nameEs, Long parentId, Dsn commander) {

    public UpdateOrgUnitCommand {
        Objects.requireNonNull(code, "code");
    }
}
