package org.precinct.geography;

/**
 * An address of the index offered while someone types.
 *
 * @param address the address as the index writes it
 * @param latitude degrees north
 * @param longitude degrees east
 * @param beatCode its beat, or {@code null}
 * @param jurisdictionCode its jurisdiction, or {@code null}
 */
public record AddressSuggestion(
        String address, double latitude, double longitude, String beatCode, String jurisdictionCode) {}
