package org.precinct.geography;

/**
 * The address of the index nearest to a point.
 *
 * @param address the address as the index writes it
 * @param latitude the address's latitude
 * @param longitude the address's longitude
 * @param distanceMetres great-circle distance from the point asked about, to a tenth of a metre
 * @param beatCode the address's beat, or {@code null}
 * @param jurisdictionCode the address's jurisdiction, or {@code null}
 */
public record NearestAddress(
        String address,
        double latitude,
        double longitude,
        double distanceMetres,
        String beatCode,
        String jurisdictionCode) {}
