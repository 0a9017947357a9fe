package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 15 (Property Description).
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsPropertyDescription implements NibrsCode {
    AIRCRAFT("01"),
    ALCOHOL("02"),
    AUTOMOBILES("03"),
    BICYCLES("04"),
    BUSES("05"),
    CLOTHES_FURS("06"),
    COMPUTER_HARDWARE_SOFTWARE("07"),
    CONSUMABLE_GOODS("08"),
    CREDIT_DEBIT_CARDS("09"),
    DRUGS_NARCOTICS("10"),
    DRUG_NARCOTIC_EQUIPMENT("11"),
    FARM_EQUIPMENT("12"),
    FIREARMS("13"),
    GAMBLING_EQUIPMENT("14"),
    HEAVY_CONSTRUCTION_INDUSTRIAL_EQUIPMENT("15"),
    HOUSEHOLD_GOODS("16"),
    JEWELRY_PRECIOUS_METALS_GEMS("17"),
    LIVESTOCK("18"),
    MERCHANDISE("19"),
    MONEY("20"),
    NEGOTIABLE_INSTRUMENTS("21"),
    NONNEGOTIABLE_INSTRUMENTS("22"),
    OFFICE_TYPE_EQUIPMENT("23"),
    OTHER_MOTOR_VEHICLES("24"),
    PURSES_HANDBAGS_WALLETS("25"),
    RADIO_TV_VCR_DVD("26"),
    RECORDINGS_AUDIO_VISUAL("27"),
    RECREATIONAL_VEHICLES("28"),
    STRUCTURES_SINGLE_OCCUPANCY_DWELLINGS("29"),
    STRUCTURES_OTHER_DWELLINGS("30"),
    STRUCTURES_OTHER_COMMERCIAL_BUSINESS("31"),
    STRUCTURES_INDUSTRIAL_MANUFACTURING("32"),
    STRUCTURES_PUBLIC_COMMUNITY("33"),
    STRUCTURES_STORAGE("34"),
    STRUCTURES_OTHER("35"),
    TOOLS("36"),
    TRUCKS("37"),
    VEHICLE_PARTS_ACCESSORIES("38"),
    WATERCRAFT("39"),
    AIRCRAFT_PARTS_ACCESSORIES("41"),
    ARTISTIC_SUPPLIES_ACCESSORIES("42"),
    BUILDING_MATERIALS("43"),
    CAMPING_HUNTING_FISHING_EQUIPMENT("44"),
    CHEMICALS("45"),
    COLLECTIONS_COLLECTIBLES("46"),
    CROPS("47"),
    DOCUMENTS_PERSONAL_OR_BUSINESS("48"),
    EXPLOSIVES("49"),
    FIREARM_ACCESSORIES("59"),
    FUEL("64"),
    IDENTITY_DOCUMENTS("65"),
    IDENTITY_INTANGIBLE("66"),
    LAW_ENFORCEMENT_EQUIPMENT("67"),
    LAWN_YARD_GARDEN_EQUIPMENT("68"),
    LOGGING_EQUIPMENT("69"),
    MEDICAL_LAB_EQUIPMENT("70"),
    METALS_NON_PRECIOUS("71"),
    MUSICAL_INSTRUMENTS("72"),
    PETS("73"),
    PHOTOGRAPHIC_OPTICAL_EQUIPMENT("74"),
    PORTABLE_ELECTRONIC_COMMUNICATIONS("75"),
    RECREATIONAL_SPORTS_EQUIPMENT("76"),
    OTHER("77"),
    TRAILERS("78"),
    WATERCRAFT_EQUIPMENT_PARTS("79"),
    WEAPONS_OTHER("80"),
    PENDING_INVENTORY("88");

    private final String code;

    NibrsPropertyDescription(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.propertyDescription." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsPropertyDescription> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
