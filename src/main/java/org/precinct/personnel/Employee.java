package org.precinct.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of the department, sworn or civilian. The serial number (DSN) never changes. Every change of unit
 * closes the current line of the assignment history and appends a new one; lines are never removed or rewritten.
 */
@Table(schema = "personnel", name = "employee")
class Employee {

    @Id
    private Long id;

    private final String dsn;
    private String firstName;
    private String lastName;
    private Rank rank;
    private String jobTitle;
    private boolean sworn;
    private EmploymentStatus status;
    private Long unitId;
    private String workPhone;
    private String email;
    private LocalDate hireDate;

    @MappedCollection(idColumn = "employee_id", keyColumn = "position")
    private final List<Assignment> assignments;

    @Version
    private Integer version;

    @PersistenceCreator
    Employee(
            Long id,
            String dsn,
            String firstName,
            String lastName,
            Rank rank,
            String jobTitle,
            boolean sworn,
            EmploymentStatus status,
            Long unitId,
            String workPhone,
            String email,
            LocalDate hireDate,
            List<Assignment> assignments,
            Integer version) {
        this.id = id;
        this.dsn = dsn;
        this.firstName = firstName;
        this.lastName = lastName;
        this.rank = rank;
        this.jobTitle = jobTitle;
        this.sworn = sworn;
        this.status = status;
        this.unitId = unitId;
        this.workPhone = workPhone;
        this.email = email;
        this.hireDate = hireDate;
        this.assignments = new ArrayList<>(assignments == null ? List.of() : assignments);
        this.version = version;
    }

    /**
     * A new employee, assigned to {@code unit} from their hire date on.
     *
     * @throws PersonnelRuleViolation when the unit is inactive
     */
    static Employee hire(Dsn dsn, EmployeeProfile profile, EmploymentStatus status, OrgUnit unit) {
        Objects.requireNonNull(status, "status");
        requireActive(unit);
        Employee employee = new Employee(
                null, dsn.value(), null, null, null, null, false, status, null, null, null, null, List.of(), null);
        employee.updateProfile(profile);
        employee.unitId = unit.id();
        employee.assignments.add(Assignment.from(unit.id(), profile.jobTitle(), profile.hireDate()));
        return employee;
    }

    /** Replaces name, rank, job title, contact and hire date; the rank decides whether the employee is sworn. */
    void updateProfile(EmployeeProfile profile) {
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.rank = profile.rank();
        this.sworn = profile.rank().sworn();
        this.jobTitle = profile.jobTitle();
        this.workPhone = profile.workPhone();
        this.email = profile.email();
        this.hireDate = profile.hireDate();
    }

    /**
     * Moves the employee to another unit from {@code date} on: the current assignment ends that day and a new one
     * is appended.
     *
     * @param title their role in the new unit; blank keeps the current job title
     * @throws PersonnelRuleViolation when the unit is the current one or inactive, or the date lies before the
     *     current assignment began
     */
    void transferTo(OrgUnit unit, LocalDate date, String title) {
        Objects.requireNonNull(date, "date");
        if (unit.id().equals(unitId)) {
            throw new PersonnelRuleViolation("personnel.employee.rule.same-unit", "unitId");
        }
        requireActive(unit);
        Optional<Assignment> current = currentAssignment();
        if (current.isPresent() && date.isBefore(current.get().startsOn())) {
            throw new PersonnelRuleViolation(
                    "personnel.employee.rule.transfer-before-current",
                    "effective",
                    current.get().startsOn().toString());
        }
        String newTitle = EmployeeProfile.optional(title, EmployeeProfile.MAX_TITLE, "title");
        if (newTitle != null) {
            this.jobTitle = newTitle;
        }
        current.ifPresent(assignment -> assignment.closeOn(date));
        assignments.add(Assignment.from(unit.id(), jobTitle, date));
        this.unitId = unit.id();
    }

    /**
     * Changes whether the employee serves. Someone returning to service must return to an active unit.
     *
     * @param unit the employee's current unit
     */
    void changeStatus(EmploymentStatus newStatus, OrgUnit unit) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == status) {
            throw new PersonnelRuleViolation("personnel.employee.rule.same-status", "status");
        }
        if (newStatus.serving() && !status.serving() && unit != null && !unit.active()) {
            throw new PersonnelRuleViolation("personnel.employee.rule.return-to-inactive-unit", "status");
        }
        this.status = newStatus;
    }

    private static void requireActive(OrgUnit unit) {
        if (!unit.active()) {
            throw new PersonnelRuleViolation("personnel.employee.rule.unit-inactive", "unitId");
        }
    }

    Optional<Assignment> currentAssignment() {
        return assignments.isEmpty()
                ? Optional.empty()
                : Optional.of(assignments.get(assignments.size() - 1)).filter(Assignment::open);
    }

    List<Assignment> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    Long id() {
        return id;
    }

    String dsn() {
        return dsn;
    }

    Rank rank() {
        return rank;
    }

    String jobTitle() {
        return jobTitle;
    }

    boolean sworn() {
        return sworn;
    }

    EmploymentStatus status() {
        return status;
    }

    Long unitId() {
        return unitId;
    }
}
