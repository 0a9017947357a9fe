package org.precinct.personnel;

import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's employee records: finding and reading them (every staff member), entering and changing them
 * (administrators and human resources). Every search, view and change is audited under the object type
 * {@value #OBJECT_TYPE}, with the DSN as the object's id.
 */
@Service
public class EmployeeRecords {

    public static final String OBJECT_TYPE = "employee";

    private final EmployeeRepository employees;
    private final OrgUnitRepository units;
    private final PersonnelQueries queries;
    private final AuditTrail audit;

    EmployeeRecords(EmployeeRepository employees, OrgUnitRepository units, PersonnelQueries queries, AuditTrail audit) {
        this.employees = employees;
        this.units = units;
        this.queries = queries;
        this.audit = audit;
    }

    /** One page of the employees matching the criteria, by last name. */
    @Transactional(readOnly = true)
    public EmployeePage search(EmployeeSearch search) {
        EmployeePage page = queries.search(search);
        audit.success(AuditAction.SEARCH, OBJECT_TYPE, search.describe());
        return page;
    }

    /**
     * An employee's full record.
     *
     * @throws NoSuchRecordException when no employee has this DSN (or it is not a DSN at all)
     */
    @Transactional(readOnly = true)
    public EmployeeDetails view(String dsn) {
        if (!Dsn.isValid(dsn)) {
            throw new NoSuchRecordException(OBJECT_TYPE, dsn);
        }
        String value = new Dsn(dsn).value();
        EmployeeDetails details =
                queries.details(value).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, value));
        audit.success(AuditAction.VIEW, OBJECT_TYPE, value);
        return details;
    }

    /** Everyone who serves (active or reserve), by last name: the candidates for a unit's command. */
    @Transactional(readOnly = true)
    public List<EmployeeListEntry> serving() {
        return queries.serving();
    }

    /**
     * Enters a new employee.
     *
     * @throws PersonnelRuleViolation when the DSN is taken or the unit unknown or inactive
     */
    @Transactional
    @PersonnelEditorsOnly
    public Dsn create(CreateEmployeeCommand command) {
        Dsn dsn = command.dsn();
        PersonnelAccess.requireEditor(audit, AuditAction.CREATE, OBJECT_TYPE, dsn);
        if (employees.existsByDsn(dsn.value())) {
            throw dsnTaken(dsn);
        }
        OrgUnit unit = unit(command.unitId());
        Employee employee = Employee.hire(dsn, command.profile(), command.status(), unit);
        try {
            employees.save(employee);
        } catch (DataAccessException e) {
            // Two people entering the same DSN at once: the database's unique index decides.
            if (causedBy(e, DuplicateKeyException.class)) {
                throw dsnTaken(dsn);
            }
            throw e;
        }
        audit.success(AuditAction.CREATE, OBJECT_TYPE, dsn);
        return dsn;
    }

    /**
     * Changes name, rank, job title, contact details or hire date.
     *
     * @throws NoSuchRecordException when no employee has this DSN
     */
    @Transactional
    @PersonnelEditorsOnly
    public void update(Dsn dsn, EmployeeProfile profile) {
        PersonnelAccess.requireEditor(audit, AuditAction.CHANGE, OBJECT_TYPE, dsn);
        Employee employee = existing(dsn);
        employee.updateProfile(profile);
        employees.save(employee);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, dsn);
    }

    /**
     * Moves an employee to another unit, adding a line to their assignment history.
     *
     * @throws NoSuchRecordException when no employee has this DSN
     * @throws PersonnelRuleViolation when the unit is unknown, inactive or the current one, or the date lies before
     *     the current assignment began
     */
    @Transactional
    @PersonnelEditorsOnly
    public void transfer(Dsn dsn, TransferEmployeeCommand command) {
        PersonnelAccess.requireEditor(audit, AuditAction.CHANGE, OBJECT_TYPE, dsn);
        Employee employee = existing(dsn);
        employee.transferTo(unit(command.unitId()), command.effective(), command.title());
        employees.save(employee);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, dsn);
    }

    /**
     * Makes an employee active, inactive or reserve.
     *
     * @throws NoSuchRecordException when no employee has this DSN
     * @throws PersonnelRuleViolation when the status is the current one, or someone would return to an inactive unit
     */
    @Transactional
    @PersonnelEditorsOnly
    public void changeStatus(Dsn dsn, EmploymentStatus status) {
        PersonnelAccess.requireEditor(audit, AuditAction.CHANGE, OBJECT_TYPE, dsn);
        Employee employee = existing(dsn);
        OrgUnit unit = employee.unitId() == null
                ? null
                : units.findById(employee.unitId()).orElse(null);
        employee.changeStatus(status, unit);
        employees.save(employee);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, dsn);
    }

    private Employee existing(Dsn dsn) {
        return employees.findByDsn(dsn.value()).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, dsn));
    }

    private OrgUnit unit(long id) {
        return units.findById(id)
                .orElseThrow(() -> new PersonnelRuleViolation("personnel.employee.rule.unknown-unit", "unitId"));
    }

    private static PersonnelRuleViolation dsnTaken(Dsn dsn) {
        return new PersonnelRuleViolation("personnel.employee.rule.dsn-taken", "dsn", dsn.value());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
