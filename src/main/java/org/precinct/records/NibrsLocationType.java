package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 9 (Location Type).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsLocationType implements NibrsCode {
    AIR_BUS_TRAIN_TERMINAL("01"),
    BANK_SAVINGS_AND_LOAN("02"),
    BAR_NIGHTCLUB("03"),
    CHURCH_SYNAGOGUE_TEMPLE_MOSQUE("04"),
    COMMERCIAL_OFFICE_BUILDING("05"),
    CONSTRUCTION_SITE("06"),
    CONVENIENCE_STORE("07"),
    DEPARTMENT_DISCOUNT_STORE("08"),
    DRUG_STORE_DOCTORS_OFFICE_HOSPITAL("09"),
    FIELD_WOODS("10"),
    GOVERNMENT_PUBLIC_BUILDING("11"),
    GROCERY_SUPERMARKET("12"),
    HIGHWAY_ROAD_ALLEY_STREET_SIDEWALK("13"),
    HOTEL_MOTEL("14"),
    JAIL_PRISON_CORRECTIONS_FACILITY("15"),
    LAKE_WATERWAY_BEACH("16"),
    LIQUOR_STORE("17"),
    PARKING_DROP_LOT_GARAGE("18"),
    RENTAL_STORAGE_FACILITY("19"),
    RESIDENCE_HOME("20"),
    RESTAURANT("21"),
    SCHOOL_COLLEGE("22"),
    SERVICE_GAS_STATION("23"),
    SPECIALTY_STORE("24"),
    OTHER_UNKNOWN("25"),
    ABANDONED_CONDEMNED_STRUCTURE("37"),
    AMUSEMENT_PARK("38"),
    ARENA_STADIUM_FAIRGROUNDS_COLISEUM("39"),
    ATM_SEPARATE_FROM_BANK("40"),
    AUTO_DEALERSHIP("41"),
    CAMP_CAMPGROUND("42"),
    DAYCARE_FACILITY("44"),
    DOCK_WHARF_FREIGHT_MODAL_TERMINAL("45"),
    FARM_FACILITY("46"),
    GAMBLING_FACILITY_CASINO_RACE_TRACK("47"),
    INDUSTRIAL_SITE("48"),
    MILITARY_INSTALLATION("49"),
    PARK_PLAYGROUND("50"),
    REST_AREA("51"),
    SCHOOL_COLLEGE_UNIVERSITY("52"),
    SCHOOL_ELEMENTARY_SECONDARY("53"),
    SHELTER_MISSION_HOMELESS("54"),
    SHOPPING_MALL("55"),
    TRIBAL_LANDS("56"),
    COMMUNITY_CENTER("57"),
    CYBERSPACE("58");

    private final String code;

    NibrsLocationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.location." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsLocationType> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
