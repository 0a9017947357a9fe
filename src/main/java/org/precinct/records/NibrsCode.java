package org.precinct.records;

import java.util.Optional;

/**
 * A value of one of the NIBRS code tables: the code written in a submission and the message key of its name, which
 * the {@code records-nibrs} bundle holds in English and Spanish.
 */
public interface NibrsCode {

    /** The value as the NIBRS 2019.1 IEPD writes it, e.g. {@code 23F} or {@code STOLEN}. */
    String code();

    /** The key of the value's name in the {@code records-nibrs} message bundle. */
    String messageKey();

    /** The constant's name, which every enum of the tables has. */
    String name();

    /** The value of {@code values} whose code is {@code code}; none for {@code null} or an unknown code. */
    static <C extends NibrsCode> Optional<C> find(C[] values, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (C value : values) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
