package org.precinct.geography;

import java.util.Objects;

/**
 * What defines a patrol beat; defining one again with the same code changes it.
 *
 * @param code unique across all jurisdictions, 1 to 20 upper-case letters, digits, '-' or '_', e.g. {@code B11}
 * @param name as shown, e.g. "Chesterfield Valley"
 * @param jurisdictionCode the jurisdiction the beat lies in, which must exist
 * @param boundary the beat's area
 */
public record BeatDefinition(String code, String name, String jurisdictionCode, GeoPolygon boundary) {

    public BeatDefinition {
        AreaCode.require(code, "A beat");
        name = AreaCode.requireName(name, "A beat");
        AreaCode.require(jurisdictionCode, "A jurisdiction");
        Objects.requireNonNull(boundary, "boundary");
    }
}
