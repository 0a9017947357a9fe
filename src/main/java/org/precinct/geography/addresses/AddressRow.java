package org.precinct.geography.addresses;

import org.precinct.geography.GeoPoint;

/**
 * A valid row of an address file.
 *
 * @param line the line it starts on
 * @param address the address as written in the file, spaces tidied
 * @param normalised its standard form
 * @param point where it is
 */
public record AddressRow(int line, String address, NormalisedAddress normalised, GeoPoint point) {}
