package org.precinct.personnel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's organisation chart: reading it, and (for administrators and human resources) adding, renaming,
 * moving, deactivating and removing its units. Every read of the chart or of a unit and every change is audited
 * under the object type {@value #OBJECT_TYPE}.
 */
@Service
public class OrgChart {

    public static final String OBJECT_TYPE = "org-unit";

    /** Arbitrary constant naming the advisory lock that serialises changes to the chart's shape. */
    private static final long STRUCTURE_LOCK = 0x5045_5253_4f52_4743L;

    private final OrgUnitRepository units;
    private final EmployeeRepository employees;
    private final PersonnelQueries queries;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    OrgChart(
            OrgUnitRepository units,
            EmployeeRepository employees,
            PersonnelQueries queries,
            JdbcClient jdbc,
            AuditTrail audit) {
        this.units = units;
        this.employees = employees;
        this.queries = queries;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The whole chart, top-level units first, each with everything under it. */
    @Transactional(readOnly = true)
    public List<OrgUnitNode> tree() {
        List<OrgUnitNode> tree = queries.tree();
        audit.success(AuditAction.VIEW, OBJECT_TYPE, "chart");
        return tree;
    }

    /** Whether the chart has no units at all, as in a newly installed Precinct. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return units.count() == 0;
    }

    /** Every unit in chart order, depth first, for choosing one in a form. Not audited: names only. */
    @Transactional(readOnly = true)
    public List<OrgUnitOption> options() {
        List<OrgUnitOption> options = new ArrayList<>();
        queries.tree().forEach(node -> flatten(node, 0, options));
        return options;
    }

    private static void flatten(OrgUnitNode node, int depth, List<OrgUnitOption> options) {
        options.add(new OrgUnitOption(node.unit(), depth));
        node.children().forEach(child -> flatten(child, depth + 1, options));
    }

    /**
     * One unit with its ancestors, sub-units and members.
     *
     * @throws NoSuchRecordException when there is no such unit
     */
    @Transactional(readOnly = true)
    public OrgUnitDetails unit(long id) {
        OrgUnitView unit = queries.unit(id).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, id));
        List<Long> lineage = queries.lineage(id);
        List<OrgUnitView> ancestors = new ArrayList<>();
        for (int i = lineage.size() - 1; i > 0; i--) {
            queries.unit(lineage.get(i)).ifPresent(ancestors::add);
        }
        OrgUnitDetails details = new OrgUnitDetails(unit, ancestors, queries.subUnits(id), queries.members(id));
        audit.success(AuditAction.VIEW, OBJECT_TYPE, id);
        return details;
    }

    /** A unit by its code, for instance one of the {@link StandardUnit}s. Not audited: no personal data. */
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> findByCode(String code) {
        return queries.unitByCode(new UnitCode(code).value());
    }

    /**
     * Adds a unit.
     *
     * @return the new unit's id
     * @throws PersonnelRuleViolation when the code is taken, the parent or commander is unknown or unsuitable, or
     *     the kinds do not nest
     */
    @Transactional
    @PersonnelEditorsOnly
    public long create(CreateOrgUnitCommand command) {
        PersonnelAccess.requireEditor(audit, AuditAction.CREATE, OBJECT_TYPE, command.code());
        lockStructure();
        requireFreeCode(command.code(), null);
        OrgUnit parent = command.parentId() == null ? null : parent(command.parentId());
        OrgUnit unit = OrgUnit.create(command.kind(), command.code(), command.nameEn(), command.nameEs(), parent);
        unit.assignCommander(commanderId(command.commander()));
        long id = units.save(unit).id();
        audit.success(AuditAction.CREATE, OBJECT_TYPE, id);
        return id;
    }

    /**
     * Renames, recodes or moves a unit, or changes its commander.
     *
     * @throws NoSuchRecordException when there is no such unit
     * @throws PersonnelRuleViolation when the code is taken, the commander unknown, or the move would make a cycle or
     *     break the nesting of kinds
     */
    @Transactional
    @PersonnelEditorsOnly
    public void update(long id, UpdateOrgUnitCommand command) {
        change(id, unit -> {
            requireFreeCode(command.code(), id);
            unit.rename(command.nameEn(), command.nameEs());
            unit.recode(command.code());
            unit.assignCommander(commanderId(command.commander()));
            if (!Objects.equals(unit.parentId(), command.parentId())) {
                OrgUnit parent = command.parentId() == null ? null : parent(command.parentId());
                List<Long> lineage = parent == null ? List.of() : queries.lineage(parent.id());
                unit.moveUnder(parent, lineage);
            }
        });
    }

    /**
     * Takes a unit out of service. Its members must have been transferred and its sub-units deactivated first.
     *
     * @throws PersonnelRuleViolation saying what is still in the way
     */
    @Transactional
    @PersonnelEditorsOnly
    public void deactivate(long id) {
        change(id, unit -> unit.deactivate(queries.usage(id)));
    }

    /**
     * Puts a unit back in service; its parent must be in service.
     *
     * @throws PersonnelRuleViolation when it is active already or its parent is not
     */
    @Transactional
    @PersonnelEditorsOnly
    public void reactivate(long id) {
        change(id, unit -> unit.reactivate(unit.parentId() == null ? null : existing(unit.parentId())));
    }

    /**
     * Removes a unit created by mistake. A unit with members, sub-units or a place in anyone's assignment history
     * is refused; it can be deactivated instead.
     *
     * @throws PersonnelRuleViolation saying what is in the way
     */
    @Transactional
    @PersonnelEditorsOnly
    public void delete(long id) {
        PersonnelAccess.requireEditor(audit, AuditAction.DELETE, OBJECT_TYPE, id);
        lockStructure();
        OrgUnit unit = existing(id);
        unit.checkRemovable(queries.usage(id));
        units.delete(unit);
        audit.success(AuditAction.DELETE, OBJECT_TYPE, id);
    }

    /**
     * Creates the {@link StandardUnit standard organisation} in an empty chart, without commanders.
     *
     * @return how many units were created
     * @throws PersonnelRuleViolation when the chart already has units
     */
    @Transactional
    @PersonnelEditorsOnly
    public int createStandardOrganisation() {
        PersonnelAccess.requireEditor(audit, AuditAction.CREATE, OBJECT_TYPE, "standard");
        lockStructure();
        if (units.count() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.chart-not-empty", null);
        }
        Map<StandardUnit, OrgUnit> created = new EnumMap<>(StandardUnit.class);
        for (StandardUnit standard : StandardUnit.values()) {
            OrgUnit unit = OrgUnit.create(
                    standard.kind(),
                    new UnitCode(standard.code()),
                    standard.nameEn(),
                    standard.nameEs(),
                    standard.parent() == null ? null : created.get(standard.parent()));
            OrgUnit saved = units.save(unit);
            created.put(standard, saved);
            audit.success(AuditAction.CREATE, OBJECT_TYPE, saved.id());
        }
        return created.size();
    }

    /**
     * Changes an existing unit while the structure is locked, once an editor asked for it, and records the change in
     * the audit trail.
     */
    private void change(long id, Consumer<OrgUnit> change) {
        PersonnelAccess.requireEditor(audit, AuditAction.CHANGE, OBJECT_TYPE, id);
        lockStructure();
        OrgUnit unit = existing(id);
        change.accept(unit);
        units.save(unit);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, id);
    }

    private void lockStructure() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", STRUCTURE_LOCK)
                .query()
                .singleRow();
    }

    private OrgUnit existing(long id) {
        return units.findById(id).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, id));
    }

    private OrgUnit parent(long id) {
        return units.findById(id)
                .orElseThrow(() -> new PersonnelRuleViolation("personnel.unit.rule.unknown-parent", "parentId"));
    }

    private void requireFreeCode(UnitCode code, Long ownId) {
        units.findByCode(code.value())
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw new PersonnelRuleViolation("personnel.unit.rule.code-taken", "code", code.value());
                });
    }

    private Long commanderId(Dsn dsn) {
        if (dsn == null) {
            return null;
        }
        Employee commander = employees
                .findByDsn(dsn.value())
                .orElseThrow(() -> new PersonnelRuleViolation(
                        "personnel.unit.rule.unknown-commander", "commanderDsn", dsn.value()));
        if (!commander.status().serving()) {
            throw new PersonnelRuleViolation("personnel.unit.rule.commander-inactive", "commanderDsn", dsn.value());
        }
        return commander.id();
    }
}
