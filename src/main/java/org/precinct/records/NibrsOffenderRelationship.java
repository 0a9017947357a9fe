package org.precinct.records;

/**
 * How a victim is related to one offender (Data Elements 34 and 35), e.g. victim 1 was the acquaintance of
 * offender 2.
 *
 * @param offenderSequenceNumber the offender's sequence number in the incident
 * @param relationship who the victim was to that offender
 */
public record NibrsOffenderRelationship(int offenderSequenceNumber, NibrsRelationship relationship) {}
