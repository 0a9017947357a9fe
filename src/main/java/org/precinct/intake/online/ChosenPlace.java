package org.precinct.intake.online;

import java.io.Serializable;
import org.precinct.geography.GeoPoint;

/**
 * Where a report's incident happened, as the reporter chose it and the department's geography placed it.
 *
 * @param address the address typed and found, or the nearest address to a pin; {@code null} for a pin with no
 *     address near it
 * @param latitude degrees north
 * @param longitude degrees east
 * @param jurisdictionName the jurisdiction it lies in
 * @param pinned whether the reporter dropped a pin rather than typed an address
 */
public record ChosenPlace(String address, double latitude, double longitude, String jurisdictionName, boolean pinned)
        implements Serializable {

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
