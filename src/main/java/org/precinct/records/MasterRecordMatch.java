package org.precinct.records;

/**
 * A live master record that may be the same as another.
 *
 * @param kind which index
 * @param id the record
 * @param label how staff recognise it ("SMITH, John 1980-04-02", "1HGCM82633A004352 ABC123 MO")
 * @param reason what matched: NAME_AND_BIRTH_DATE, LICENCE, VIN or PLATE
 */
public record MasterRecordMatch(MasterRecordKind kind, long id, String label, String reason) {}
