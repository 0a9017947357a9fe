package org.precinct.records;

/**
 * What is known of a vehicle when a master record is made. A VIN whose check digit is wrong is kept with a warning
 * (older and foreign vehicles have VINs without one); a plate of characters no state issues is refused.
 *
 * @param vin vehicle identification number, or {@code null}
 * @param plate licence plate as read, or {@code null}; spaces and dashes are ignored
 * @param plateState the plate's two-letter state, or {@code null}
 * @param make e.g. Ford
 * @param model e.g. F-150
 * @param year model year
 * @param colour e.g. blue
 */
public record MasterVehicleDetails(
        String vin, String plate, String plateState, String make, String model, Integer year, String colour) {}
