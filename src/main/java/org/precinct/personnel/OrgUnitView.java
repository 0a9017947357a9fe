package org.precinct.personnel;

import java.util.Locale;

/**
 * An organisational unit as the org chart shows it.
 *
 * @param id the unit's id
 * @param kind office, division, bureau, unit or section
 * @param code its short code
 * @param nameEn English name
 * @param nameEs Spanish name
 * @param parentId the unit above it, {@code null} at the top
 * @param active whether it is in service
 * @param commander who commands or heads it, {@code null} when vacant
 * @param memberCount how many active and reserve employees are assigned to it directly
 */
public record OrgUnitView(
        long id,
        OrgUnitKind kind,
        String code,
        String nameEn,
        String nameEs,
        Long parentId,
        boolean active,
        EmployeeRef commander,
        long memberCount) {

    /** The name in the given language: Spanish for {@code es}, English otherwise. */
    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    public UnitRef ref() {
        return new UnitRef(id, code, nameEn, nameEs);
    }
}
