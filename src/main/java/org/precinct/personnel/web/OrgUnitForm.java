package org.precinct.personnel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.OrgUnitView;
import org.precinct.personnel.UnitCode;
import org.precinct.personnel.UpdateOrgUnitCommand;

/** Changes to a unit (names, code, parent, commander), from the page or the API. */
record OrgUnitForm(
        @NotBlank(message = "{personnel.validation.required}")
        @Pattern(regexp = UnitCode.PATTERN, message = "{personnel.validation.code}")
        String code,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = MAX_NAME, message = "{personnel.validation.too-long}")
        String nameEn,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = MAX_NAME, message = "{personnel.validation.too-long}")
        String nameEs,

        Long parentId,

        @Pattern(regexp = "^$|" + Dsn.PATTERN, message = "{personnel.validation.dsn}")
        String commanderDsn) {

    static final int MAX_NAME = 120;

    static OrgUnitForm of(OrgUnitView unit) {
        return new OrgUnitForm(
                unit.code(),
                unit.nameEn(),
                unit.nameEs(),
                unit.parentId(),
                unit.commander() == null ? null : unit.commander().dsn());
    }

    UpdateOrgUnitCommand toCommand() {
        return new UpdateOrgUnitCommand(new UnitCode(code), nameEn, nameEs, parentId, dsnOrNull(commanderDsn));
    }

    static Dsn dsnOrNull(String text) {
        return text == null || text.isBlank() ? null : new Dsn(text);
    }
}
