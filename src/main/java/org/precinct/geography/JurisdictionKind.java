package org.precinct.geography;

/** Whose area a jurisdiction is: the department's own city, or a city it polices under contract. */
public enum JurisdictionKind {
    CITY,
    /** Policed under contract; its figures are reported separately from the city's. */
    CONTRACT_CITY
}
