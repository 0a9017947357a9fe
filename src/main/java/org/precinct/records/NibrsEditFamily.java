package org.precinct.records;

/**
 * The families of FBI data element edits {@link NibrsEdits} checks, after the segments of the NIBRS technical
 * specification. Each has a name in the {@code records-nibrs} bundle under {@link #messageKey()}.
 */
public enum NibrsEditFamily {
    /** Mandatory elements of the Administrative Segment: incident number, date and hour, clearance, counts. */
    ADMINISTRATIVE,
    /** No date after the month being submitted; clearance, arrest and recovery not before the incident. */
    DATES,
    /** Exceptional clearance: its date, and no arrest in an exceptionally cleared incident. */
    EXCEPTIONAL_CLEARANCE,
    /** The Offense Segment's mandatory elements and the rules between offenses. */
    OFFENSE,
    /** Weapon or force, criminal activity and gang information, method of entry and premises entered. */
    OFFENSE_CIRCUMSTANCES,
    /** Which property each offense needs and which loss types it allows. */
    OFFENSE_PROPERTY,
    /** Each property item's own elements: description, value, recovery date, vehicles, drugs. */
    PROPERTY_ITEM,
    /** Which kinds of victim each offense allows, and the ties between victims and offenses. */
    OFFENSE_VICTIM,
    /** A victim's own elements: descriptors, officer data, injuries, circumstances. */
    VICTIM_DETAILS,
    /** Relationships of victims to offenders. */
    VICTIM_OFFENDER_RELATIONSHIP,
    /** The Offender Segment. */
    OFFENDER,
    /** The Arrestee Segment, including the disposition of arrestees under 18. */
    ARRESTEE,
    /** Group B Arrest Reports. */
    GROUP_B_ARREST;

    /** The key of the family's name in the {@code records-nibrs} bundle. */
    public String messageKey() {
        return "nibrs.editFamily." + name();
    }
}
