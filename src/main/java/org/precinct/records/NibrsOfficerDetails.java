package org.precinct.records;

/**
 * What NIBRS records of a law enforcement officer who was a victim (Data Elements 25A to 25C, the LEOKA data).
 *
 * @param activity what the officer was doing (25A)
 * @param assignment how the officer was assigned (25B)
 * @param otherJurisdictionOri the ORI of the officer's agency when it is not the reporting agency (25C), or
 *     {@code null}
 */
public record NibrsOfficerDetails(
        NibrsOfficerActivity activity, NibrsOfficerAssignment assignment, String otherJurisdictionOri) {}
