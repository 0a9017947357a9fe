package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgUnitTests {

    private final OrgUnit chief = unit(1L, OrgUnitKind.OFFICE, null);
    private final OrgUnit support = unit(2L, OrgUnitKind.DIVISION, 1L);
    private final OrgUnit records = unit(3L, OrgUnitKind.BUREAU, 2L);
    private final OrgUnit recordsUnit = unit(4L, OrgUnitKind.UNIT, 3L);

    @Test
    void refusesToMoveAUnitUnderOneOfItsOwnDescendants() {
        // The support division under the records unit, which lies below it: records unit -> bureau -> support.
        assertThatThrownBy(() -> support.moveUnder(recordsUnit, List.of(4L, 3L, 2L, 1L)))
                .isInstanceOf(PersonnelRuleViolation.class)
                .hasMessage("personnel.unit.rule.cycle");
        assertThat(support.parentId()).isEqualTo(1L);
    }

    @Test
    void refusesToMoveAUnitUnderItself() {
        assertThatThrownBy(() -> records.moveUnder(records, List.of(3L, 2L, 1L)))
                .isInstanceOf(PersonnelRuleViolation.class)
                .hasMessage("personnel.unit.rule.cycle");
    }

    @Test
    void movesAUnitUnderAnotherBranch() {
        OrgUnit operations = unit(5L, OrgUnitKind.DIVISION, 1L);

        records.moveUnder(operations, List.of(5L, 1L));

        assertThat(records.parentId()).isEqualTo(5L);
    }

    @Test
    void letsOnlyOfficesAndDivisionsStandAtTheTop() {
        assertThatNoException().isThrownBy(() -> support.moveUnder(null, List.of()));
        assertThatThrownBy(() -> records.moveUnder(null, List.of()))
                .isInstanceOf(PersonnelRuleViolation.class)
                .hasMessage("personnel.unit.rule.top-level");
        assertThatThrownBy(() -> OrgUnit.create(OrgUnitKind.UNIT, new UnitCode("LOOSE"), "Loose", "Suelta", null))
                .hasMessage("personnel.unit.rule.top-level");
    }

    @Test
    void nestsKindsSensibly() {
        assertThatThrownBy(() -> OrgUnit.create(OrgUnitKind.DIVISION, new UnitCode("DX"), "D", "D", records))
                .isInstanceOf(PersonnelRuleViolation.class)
                .hasMessage("personnel.unit.rule.nesting");
        assertThatThrownBy(() -> OrgUnit.create(OrgUnitKind.BUREAU, new UnitCode("BX"), "B", "B", recordsUnit))
                .hasMessage("personnel.unit.rule.nesting");
        OrgUnit section = OrgUnit.create(OrgUnitKind.SECTION, new UnitCode("sx-1"), " Fleet ", "Flota", recordsUnit);
        assertThat(section.parentId()).isEqualTo(4L);
        assertThat(section.code()).isEqualTo("SX-1");
        assertThat(section.nameEn()).isEqualTo("Fleet");
        assertThat(section.active()).isTrue();
    }

    @Test
    void refusesToDeleteAUnitWithActiveMembersAndSaysHowMany() {
        assertThatThrownBy(() -> recordsUnit.checkRemovable(new UnitUsage(3, 3, 0, 0)))
                .isInstanceOfSatisfying(PersonnelRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("personnel.unit.rule.delete-members");
                    assertThat(violation.arguments()).containsExactly(3L);
                });
    }

    @Test
    void refusesToDeleteAUnitWithSubUnitsOrAPlaceInSomeonesHistory() {
        assertThatThrownBy(() -> records.checkRemovable(new UnitUsage(0, 0, 0, 2)))
                .hasMessage("personnel.unit.rule.delete-sub-units");
        assertThatThrownBy(() -> recordsUnit.checkRemovable(new UnitUsage(0, 4, 0, 0)))
                .hasMessage("personnel.unit.rule.delete-history");
        assertThatNoException().isThrownBy(() -> recordsUnit.checkRemovable(new UnitUsage(0, 0, 0, 0)));
    }

    @Test
    void deactivatesOnlyAnEmptyUnit() {
        assertThatThrownBy(() -> recordsUnit.deactivate(new UnitUsage(2, 2, 0, 0)))
                .hasMessage("personnel.unit.rule.deactivate-members");
        assertThatThrownBy(() -> records.deactivate(new UnitUsage(0, 0, 1, 1)))
                .hasMessage("personnel.unit.rule.deactivate-sub-units");

        recordsUnit.deactivate(new UnitUsage(0, 5, 0, 0));

        assertThat(recordsUnit.active()).isFalse();
        assertThatThrownBy(() -> recordsUnit.deactivate(new UnitUsage(0, 5, 0, 0)))
                .hasMessage("personnel.unit.rule.already-inactive");
    }

    @Test
    void keepsActiveUnitsOutOfInactiveOnes() {
        records.deactivate(new UnitUsage(0, 0, 0, 1));

        assertThatThrownBy(() -> OrgUnit.create(OrgUnitKind.UNIT, new UnitCode("NEW"), "New", "Nueva", records))
                .hasMessage("personnel.unit.rule.parent-inactive");
        OrgUnit inactiveUnit = unit(6L, OrgUnitKind.UNIT, 3L);
        inactiveUnit.deactivate(new UnitUsage(0, 0, 0, 0));
        assertThatThrownBy(() -> inactiveUnit.reactivate(records)).hasMessage("personnel.unit.rule.parent-inactive");
        inactiveUnit.reactivate(support);
        assertThat(inactiveUnit.active()).isTrue();
    }

    @Test
    void needsNamesInBothLanguages() {
        assertThatThrownBy(() -> OrgUnit.create(OrgUnitKind.UNIT, new UnitCode("NONAME"), "Records", " ", support))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OrgUnit unit(Long id, OrgUnitKind kind, Long parentId) {
        return new OrgUnit(id, kind, "U" + id, "Unit " + id, "Unidad " + id, parentId, null, true, 0);
    }
}
