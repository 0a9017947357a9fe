package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 25A (Type of Activity, officer).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsOfficerActivity implements NibrsCode {
    RESPONDING_TO_DISTURBANCE_CALL("01"),
    BURGLARY_IN_PROGRESS("02"),
    ROBBERY_IN_PROGRESS("03"),
    ATTEMPTING_OTHER_ARRESTS("04"),
    CIVIL_DISORDER("05"),
    HANDLING_PRISONERS("06"),
    INVESTIGATING_SUSPICIOUS_PERSONS("07"),
    AMBUSH_NO_WARNING("08"),
    HANDLING_PERSONS_WITH_MENTAL_ILLNESS("09"),
    TRAFFIC_PURSUITS_AND_STOPS("10"),
    ALL_OTHER("11");

    private final String code;

    NibrsOfficerActivity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.officerActivity." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsOfficerActivity> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
