package org.precinct.records;

/**
 * A serialized item (a bicycle, a phone, a firearm) as a master record: found again by its serial number.
 *
 * @param category e.g. BICYCLE, FIREARM, ELECTRONICS
 * @param make maker, or {@code null}
 * @param model model, or {@code null}
 * @param serialNumber required
 * @param description what it looks like, or {@code null}
 */
public record MasterPropertyDetails(
        String category, String make, String model, String serialNumber, String description) {}
