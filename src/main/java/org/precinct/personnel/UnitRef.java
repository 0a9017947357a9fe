package org.precinct.personnel;

import java.util.Locale;

/**
 * A reference to an organisational unit as pages and lists show it.
 *
 * @param id the unit's id
 * @param code its short code
 * @param nameEn its English name
 * @param nameEs its Spanish name
 */
public record UnitRef(long id, String code, String nameEn, String nameEs) {

    /** The name in the given language: Spanish for {@code es}, English otherwise. */
    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
