package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgUnitStandardOrganisationTests {

    @Test
    void hasOneTopWithEveryOtherUnitNestedByTheRules() {
        Set<StandardUnit> declared = EnumSet.noneOf(StandardUnit.class);
        for (StandardUnit unit : StandardUnit.values()) {
            if (unit.parent() == null) {
                assertThat(unit).isEqualTo(StandardUnit.OFFICE_OF_THE_CHIEF);
                assertThat(unit.kind().mayBeTopLevel()).isTrue();
            } else {
                assertThat(declared)
                        .as("%s's parent is declared before it", unit)
                        .contains(unit.parent());
                assertThat(unit.kind().mayNestUnder(unit.parent().kind()))
                        .as("%s may sit under %s", unit, unit.parent())
                        .isTrue();
            }
            declared.add(unit);
        }
    }

    @Test
    void hasValidUniqueCodesAndNamesInBothLanguages() {
        assertThat(Arrays.stream(StandardUnit.values()).map(StandardUnit::code))
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(new UnitCode(code).value()).isEqualTo(code));
        assertThat(StandardUnit.values())
                .allSatisfy(unit -> assertThat(unit.nameEn()).isNotBlank())
                .allSatisfy(unit -> assertThat(unit.nameEs()).isNotBlank().isNotEqualTo(unit.nameEn()));
    }

    @Test
    void placesTheSupportBureausAndUnitsAsTheSeedsDescribe() {
        assertThat(StandardUnit.PROFESSIONAL_RESPONSIBILITY.parent()).isEqualTo(StandardUnit.OFFICE_OF_THE_CHIEF);
        assertThat(StandardUnit.INTERNAL_AFFAIRS.parent()).isEqualTo(StandardUnit.PROFESSIONAL_RESPONSIBILITY);
        assertThat(StandardUnit.RECORDS_BUREAU.parent()).isEqualTo(StandardUnit.OPERATIONAL_SUPPORT);
        assertThat(StandardUnit.FLEET_MAINTENANCE.parent()).isEqualTo(StandardUnit.PROPERTY);
        assertThat(StandardUnit.PROPERTY.parent()).isEqualTo(StandardUnit.ADMINISTRATION_BUREAU);
        assertThat(StandardUnit.ELEMENTARY_SRO.parent()).isEqualTo(StandardUnit.SCHOOL_RESOURCE);
        assertThat(StandardUnit.COMMUNITY_AFFAIRS.parent()).isEqualTo(StandardUnit.COMMUNITY_ENGAGEMENT_BUREAU);
    }
}
