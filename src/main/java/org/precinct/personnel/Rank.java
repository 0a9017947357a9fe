package org.precinct.personnel;

/**
 * An employee's rank, from the chief down; civilian staff all hold {@link #CIVILIAN} and are told apart by their
 * job title. Whether someone is sworn follows from the rank.
 */
public enum Rank {
    CHIEF(true, "Chief"),
    CAPTAIN(true, "Capt."),
    LIEUTENANT(true, "Lt."),
    SERGEANT(true, "Sgt."),
    CORPORAL(true, "Cpl."),
    DETECTIVE(true, "Det."),
    OFFICER(true, "Ofc."),
    RESERVE_OFFICER(true, "Res. Ofc."),
    CIVILIAN(false, "");

    private final boolean sworn;
    private final String abbreviation;

    Rank(boolean sworn, String abbreviation) {
        this.sworn = sworn;
        this.abbreviation = abbreviation;
    }

    /** Whether holders of this rank are sworn officers. */
    public boolean sworn() {
        return sworn;
    }

    /** The English abbreviation put before a name, empty for civilians. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The message key of the rank's display name. */
    public String messageKey() {
        return "personnel.rank." + name();
    }

    /** The name as lists show it, e.g. "Sgt. Ana Ruiz"; civilians without a prefix. */
    public String prefix(String fullName) {
        return abbreviation.isEmpty() ? fullName : abbreviation + " " + fullName;
    }
}
