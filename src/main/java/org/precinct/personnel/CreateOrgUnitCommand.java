package org.precinct.personnel;

import java.util.Objects;

/**
 * Adds a unit to the org chart.
 *
 * @param kind office, division, bureau, unit or section
 * @param code short code, unique in the department
 * @param nameEn English name
 * @param nameEs Spanish name
 * @param parentId the unit it belongs to, {@code null} for a top-level office or division
 * @param commander the DSN of its commander or head, {@code null} when vacant
 */
public record CreateOrgUnitCommand(
        OrgUnitKind kind, UnitCode code, String nameEn, String nameEs, Long parentId, Dsn commander) {

    public CreateOrgUnitCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }
}
