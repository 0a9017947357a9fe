package org.precinct.personnel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.precinct.personnel.CreateOrgUnitCommand;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.OrgUnitKind;
import org.precinct.personnel.UnitCode;

/** A new unit of the org chart, from the page or the API. */
record NewOrgUnitForm(
        @NotNull(message = "{personnel.validation.choose}") OrgUnitKind kind,

        @NotBlank(message = "{personnel.validation.required}")
        @Pattern(regexp = UnitCode.PATTERN, message = "{personnel.validation.code}")
        String code,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = OrgUnitForm.MAX_NAME, message = "{personnel.validation.too-long}")
        String nameEn,

        @NotBlank(message = "{personnel.validation.required}")
        @Size(max = OrgUnitForm.MAX_NAME, message = "{personnel.validation.too-long}")
        String nameEs,

        Long parentId,

        @Pattern(regexp = "^$|" + Dsn.PATTERN, message = "{personnel.validation.dsn}")
        String commanderDsn) {

    static NewOrgUnitForm blank(Long parentId) {
        return new NewOrgUnitForm(null, null, null, null, parentId, null);
    }

    CreateOrgUnitCommand toCommand() {
        return new CreateOrgUnitCommand(
                kind, new UnitCode(code), nameEn, nameEs, parentId, OrgUnitForm.dsnOrNull(commanderDsn));
    }
}
