package org.precinct.records;

/** Which master index a record belongs to. */
public enum MasterRecordKind {
    PERSON,
    VEHICLE,
    PROPERTY
}
