package org.precinct.records;

import java.util.Optional;

/**
 * Data Element 8A (Bias Motivation); the XML code and the legacy NIBRS number.
 *
 * <p>{@link #code()} is the value of the NIBRS 2019.1 IEPD code table; the English and Spanish names are in the
 * {@code records-nibrs} message bundle under {@link #messageKey()}.
 */
public enum NibrsBiasMotivation implements NibrsCode {
    ANTI_WHITE("ANTIWHITE", "11"),
    ANTI_BLACK("ANTIBLACK_AFRICAN AMERICAN", "12"),
    ANTI_AMERICAN_INDIAN_ALASKA_NATIVE("ANTIAMERICAN INDIAN_ ALASKAN NATIVE", "13"),
    ANTI_ASIAN("ANTIASIAN", "14"),
    ANTI_MULTIPLE_RACES("ANTIMULTIRACIAL GROUP", "15"),
    ANTI_NATIVE_HAWAIIAN_PACIFIC_ISLANDER("ANTINATIVEHAWAIIAN_OTHERPACIFICISLANDER", "16"),
    ANTI_JEWISH("ANTIJEWISH", "21"),
    ANTI_CATHOLIC("ANTICATHOLIC", "22"),
    ANTI_PROTESTANT("ANTIPROTESTANT", "23"),
    ANTI_ISLAMIC("ANTIISLAMIC", "24"),
    ANTI_OTHER_RELIGION("ANTIOTHER RELIGION", "25"),
    ANTI_MULTIPLE_RELIGIONS("ANTIMULTIRELIGIOUS GROUP", "26"),
    ANTI_ATHEISM_AGNOSTICISM("ANTIATHEIST_AGNOSTIC", "27"),
    ANTI_MORMON("ANTIMORMON", "28"),
    ANTI_JEHOVAHS_WITNESS("ANTIJEHOVAHWITNESS", "29"),
    ANTI_ARAB("ANTIARAB", "31"),
    ANTI_HISPANIC_LATINO("ANTIHISPANIC_LATINO", "32"),
    ANTI_OTHER_ETHNICITY("ANTIOTHER ETHNICITY_NATIONAL ORIGIN", "33"),
    ANTI_GAY("ANTIMALE HOMOSEXUAL", "41"),
    ANTI_LESBIAN("ANTIFEMALE HOMOSEXUAL", "42"),
    ANTI_LGBT_MIXED_GROUP("ANTIHOMOSEXUAL", "43"),
    ANTI_HETEROSEXUAL("ANTIHETEROSEXUAL", "44"),
    ANTI_BISEXUAL("ANTIBISEXUAL", "45"),
    ANTI_PHYSICAL_DISABILITY("ANTIPHYSICAL DISABILITY", "51"),
    ANTI_MENTAL_DISABILITY("ANTIMENTAL DISABILITY", "52"),
    ANTI_MALE("ANTIMALE", "61"),
    ANTI_FEMALE("ANTIFEMALE", "62"),
    ANTI_TRANSGENDER("ANTITRANSGENDER", "71"),
    ANTI_GENDER_NONCONFORMING("ANTIGENDER_NONCONFORMING", "72"),
    ANTI_EASTERN_ORTHODOX("ANTIEASTERNORTHODOX", "81"),
    ANTI_OTHER_CHRISTIAN("ANTIOTHER CHRISTIAN", "82"),
    ANTI_BUDDHIST("ANTIBUDDHIST", "83"),
    ANTI_HINDU("ANTIHINDU", "84"),
    ANTI_SIKH("ANTISIKH", "85"),
    NONE("NONE", "88"),
    UNKNOWN("UNKNOWN", "99");

    private final String code;
    private final String legacyCode;

    NibrsBiasMotivation(String code, String legacyCode) {
        this.code = code;
        this.legacyCode = legacyCode;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return "nibrs.bias." + name();
    }

    /** The code of the FBI's flat-file format, which the technical specification's edits quote. */
    public String legacyCode() {
        return legacyCode;
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsBiasMotivation> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
