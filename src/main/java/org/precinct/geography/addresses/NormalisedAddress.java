package org.precinct.geography.addresses;

/**
 * An address in its standard form, the form in which addresses are compared.
 *
 * @param text the whole address, e.g. {@code 123 N CLARKSON RD UNIT 4}; empty when nothing was recognised
 * @param houseNumber the leading house number, or {@code null} when the address has none
 * @param street the street without number and unit, e.g. {@code N CLARKSON RD}
 * @param unit the unit, e.g. {@code UNIT 4}, or empty
 */
public record NormalisedAddress(String text, Integer houseNumber, String street, String unit) {

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean hasStreet() {
        return !street.isEmpty();
    }
}
