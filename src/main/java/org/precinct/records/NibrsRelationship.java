package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 35 (Relationship of Victim to Offender); the XML code and the legacy NIBRS code.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsRelationship implements NibrsCode {
    SPOUSE("Family Member_Spouse", "SE"),
    COMMON_LAW_SPOUSE("Family Member_Spouse_Common Law", "CS"),
    PARENT("Family Member_Parent", "PA"),
    SIBLING("Family Member_Sibling", "SB"),
    CHILD("Family Member_Child", "CH"),
    GRANDPARENT("Family Member_Grandparent", "GP"),
    GRANDCHILD("Family Member_Grandchild", "GC"),
    IN_LAW("Family Member_In-Law", "IL"),
    STEPPARENT("Family Member_Stepparent", "SP"),
    STEPCHILD("Family Member_Stepchild", "SC"),
    STEPSIBLING("Family Member_Stepsibling", "SS"),
    OTHER_FAMILY_MEMBER("Family Member", "OF"),
    ACQUAINTANCE("Acquaintance", "AQ"),
    FRIEND("Friend", "FR"),
    NEIGHBOR("Neighbor", "NE"),
    BABYSITTEE("Babysittee", "BE"),
    BOYFRIEND_GIRLFRIEND("Boyfriend_Girlfriend", "BG"),
    CHILD_OF_BOYFRIEND_GIRLFRIEND("Child of Boyfriend_Girlfriend", "CF"),
    EX_BOYFRIEND_GIRLFRIEND("Ex_Relationship", "XR"),
    EX_SPOUSE("Ex_Spouse", "XS"),
    EMPLOYEE("Employee", "EE"),
    EMPLOYER("Employer", "ER"),
    OTHERWISE_KNOWN("NonFamily_Otherwise Known", "OK"),
    RELATIONSHIP_UNKNOWN("Relationship Unknown", "RU"),
    STRANGER("Stranger", "ST"),
    VICTIM_WAS_OFFENDER("Victim Was Offender", "VO");

    private final String code;
    private final String legacyCode;

    NibrsRelationship(String code, String legacyCode) {
        this.code = code;
        this.legacyCode = legacyCode;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.relationship." + name();
    }

    /** The code of the FBI's flat-file format, which the technical specification's edits quote. */
    public String legacyCode() {
        return legacyCode;
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsRelationship> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
