package org.precinct.geography;

import java.util.Objects;

/**
 * What defines a jurisdiction; defining one again with the same code changes it.
 *
 * @param code unique, 1 to 20 upper-case letters, digits, '-' or '_', e.g. {@code CHESTERFIELD}
 * @param name as shown, e.g. "City of Chesterfield"
 * @param kind the department's city or a contract city
 * @param boundary the city limits
 */
public record JurisdictionDefinition(String code, String name, JurisdictionKind kind, GeoPolygon boundary) {

    public JurisdictionDefinition {
        AreaCode.require(code, "A jurisdiction");
        name = AreaCode.requireName(name, "A jurisdiction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(boundary, "boundary");
    }
}
