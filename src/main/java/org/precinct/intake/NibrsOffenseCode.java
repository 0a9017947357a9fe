package org.precinct.intake;

import java.util.Objects;
import java.util.Set;

/**
 * An FBI NIBRS offense code from the 2019.1 code table ({@code OffenseCodeSimpleType} of nibrs-codes.xsd), such as
 * {@code 23F} (theft from motor vehicle) or {@code 90Z} (all other offenses).
 *
 * @param value one of the codes of the table
 */
public record NibrsOffenseCode(String value) {

    /** Every offense code of the NIBRS 2019.1 code table. */
    public static final Set<String> CODES = Set.of(
            "09A", "09B", "09C", "100", "11A", "11B", "11C", "11D", "120", "13A", "13B", "13C", "200", "210", "220",
            "23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H", "240", "250", "26A", "26B", "26C", "26D", "26E",
            "26F", "26G", "270", "280", "290", "35A", "35B", "36A", "36B", "370", "39A", "39B", "39C", "39D", "40A",
            "40B", "40C", "510", "520", "64A", "64B", "720", "90A", "90B", "90C", "90D", "90E", "90F", "90G", "90H",
            "90I", "90J", "90Z");

    public NibrsOffenseCode {
        Objects.requireNonNull(value, "value");
        if (!CODES.contains(value)) {
            throw new IllegalArgumentException("Not a NIBRS offense code: " + value);
        }
    }

    /** Whether {@code text} is an offense code of the table; {@code null} is not. */
    public static boolean isValid(String text) {
        return text != null && CODES.contains(text);
    }

    /**
     * Whether the offense is in Group A (reported with full incident detail) rather than Group B (the 90x codes,
     * reported only with an arrest).
     */
    public boolean groupA() {
        return !value.startsWith("90");
    }

    /** The message key of the offense's name. */
    public String messageKey() {
        return "intake.nibrs." + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
