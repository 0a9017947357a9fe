package org.precinct.records;

/**
 * The master indexes as other parts of Precinct use them: incident reports register the persons, vehicles and
 * serialized items they name (or find the existing record) and record each one's part in the report. Every change
 * is audited as the signed-in staff member.
 */
public interface MasterIndexes {

    /**
     * Makes a person record, after checking the details; proposes possible duplicates but never merges.
     *
     * @throws MasterRecordInvalidException with every wrong field, nothing saved
     */
    MasterRecordSaved registerPerson(MasterPersonDetails details);

    /**
     * Makes a vehicle record; a VIN with a wrong check digit is kept with a warning.
     *
     * @throws MasterRecordInvalidException with every wrong field, nothing saved
     */
    MasterRecordSaved registerVehicle(MasterVehicleDetails details);

    /**
     * Makes a property record for a serialized item.
     *
     * @throws MasterRecordInvalidException with every wrong field, nothing saved
     */
    MasterRecordSaved registerProperty(MasterPropertyDetails details);

    /**
     * Records a master record's part in a report. A record merged into another is recorded on the one it was
     * merged into.
     *
     * @return the involvement's id
     * @throws org.precinct.shared.NoSuchRecordException when there is no such record
     */
    long recordInvolvement(MasterInvolvement involvement);
}
