package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeTests {

    private static final LocalDate HIRED = LocalDate.of(2015, 7, 13);

    private final OrgUnit patrol = unit(10L, true);
    private final OrgUnit schools = unit(11L, true);
    private final OrgUnit traffic = unit(12L, true);

    @Test
    void startsTheAssignmentHistoryInTheFirstUnitOnTheHireDate() {
        Employee employee = hire(Rank.OFFICER, "Patrol Officer");

        assertThat(employee.unitId()).isEqualTo(10L);
        assertThat(employee.sworn()).isTrue();
        assertThat(employee.assignments())
                .extracting(Assignment::unitId, Assignment::title, Assignment::startsOn, Assignment::endsOn)
                .containsExactly(tuple(10L, "Patrol Officer", HIRED, null));
    }

    @Test
    void appendsToTheHistoryOnEveryTransferAndClosesTheCurrentLine() {
        Employee employee = hire(Rank.OFFICER, "Patrol Officer");
        LocalDate toSchools = LocalDate.of(2021, 8, 2);
        LocalDate toTraffic = LocalDate.of(2024, 1, 8);

        employee.transferTo(schools, toSchools, "School Resource Officer");
        employee.transferTo(traffic, toTraffic, " ");

        assertThat(employee.unitId()).isEqualTo(12L);
        assertThat(employee.jobTitle()).isEqualTo("School Resource Officer");
        assertThat(employee.assignments())
                .extracting(Assignment::unitId, Assignment::title, Assignment::startsOn, Assignment::endsOn)
                .containsExactly(
                        tuple(10L, "Patrol Officer", HIRED, toSchools),
                        tuple(11L, "School Resource Officer", toSchools, toTraffic),
                        tuple(12L, "School Resource Officer", toTraffic, null));
        assertThat(employee.currentAssignment())
                .get()
                .extracting(Assignment::unitId)
                .isEqualTo(12L);
    }

    @Test
    void refusesATransferToTheCurrentUnit() {
        Employee employee = hire(Rank.OFFICER, null);

        assertThatThrownBy(() -> employee.transferTo(patrol, HIRED.plusYears(1), null))
                .isInstanceOfSatisfying(PersonnelRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("personnel.employee.rule.same-unit");
                    assertThat(violation.field()).contains("unitId");
                });
        assertThat(employee.assignments()).hasSize(1);
    }

    @Test
    void refusesATransferDatedBeforeTheCurrentAssignmentBegan() {
        Employee employee = hire(Rank.OFFICER, null);

        assertThatThrownBy(() -> employee.transferTo(schools, HIRED.minusDays(1), null))
                .hasMessage("personnel.employee.rule.transfer-before-current");
        assertThat(employee.assignments()).hasSize(1);
        assertThat(employee.currentAssignment()).isPresent();
    }

    @Test
    void refusesATransferToAnInactiveUnit() {
        Employee employee = hire(Rank.OFFICER, null);

        assertThatThrownBy(() -> employee.transferTo(unit(13L, false), HIRED.plusYears(2), null))
                .hasMessage("personnel.employee.rule.unit-inactive");
        assertThatThrownBy(() -> Employee.hire(
                        new Dsn("2002"), profile(Rank.OFFICER, null), EmploymentStatus.ACTIVE, unit(13L, false)))
                .hasMessage("personnel.employee.rule.unit-inactive");
    }

    @Test
    void changesStatusButNotIntoAnInactiveUnit() {
        Employee employee = hire(Rank.OFFICER, null);
        employee.changeStatus(EmploymentStatus.INACTIVE, patrol);

        assertThatThrownBy(() -> employee.changeStatus(EmploymentStatus.INACTIVE, patrol))
                .hasMessage("personnel.employee.rule.same-status");
        assertThatThrownBy(() -> employee.changeStatus(EmploymentStatus.ACTIVE, unit(10L, false)))
                .hasMessage("personnel.employee.rule.return-to-inactive-unit");
        employee.changeStatus(EmploymentStatus.RESERVE, patrol);
        assertThat(employee.status()).isEqualTo(EmploymentStatus.RESERVE);
    }

    @Test
    void takesSwornFromTheRank() {
        Employee employee = hire(Rank.OFFICER, null);

        employee.updateProfile(profile(Rank.CIVILIAN, "Records Clerk"));

        assertThat(employee.sworn()).isFalse();
        assertThat(employee.rank()).isEqualTo(Rank.CIVILIAN);
    }

    @Test
    void wantsAJobTitleForCivilians() {
        assertThatIllegalArgumentException().isThrownBy(() -> profile(Rank.CIVILIAN, " "));
    }

    private Employee hire(Rank rank, String title) {
        return Employee.hire(new Dsn("1042"), profile(rank, title), EmploymentStatus.ACTIVE, patrol);
    }

    private static EmployeeProfile profile(Rank rank, String title) {
        return new EmployeeProfile(
                "Jessica", "Park", rank, title, "(636) 555-0114", "jessica.park@police.example", HIRED);
    }

    private static OrgUnit unit(Long id, boolean active) {
        return new OrgUnit(id, OrgUnitKind.UNIT, "U" + id, "Unit " + id, "Unidad " + id, 1L, null, active, 0);
    }
}
