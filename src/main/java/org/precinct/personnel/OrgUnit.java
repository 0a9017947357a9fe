package org.precinct.personnel;

import java.util.List;
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An office, division, bureau, unit or section of the department. Units form a tree: each has at most one parent,
 * kinds nest as {@link OrgUnitKind} allows, and no unit is ever its own ancestor. A unit that still has serving
 * members or sub-units is not deleted; it is deactivated once empty, and one that appears in anyone's assignment
 * history stays for good.
 */
@Table(schema = "personnel", name = "org_unit")
class OrgUnit {

    static final int MAX_NAME = 120;

    @Id
    private Long id;

    private final OrgUnitKind kind;
    private String code;
    private String nameEn;
    private String nameEs;
    private Long parentId;
    private Long commanderId;
    private boolean active;

    @Version
    private Integer version;

    @PersistenceCreator
    OrgUnit(
            Long id,
            OrgUnitKind kind,
            String code,
            String nameEn,
            String nameEs,
            Long parentId,
            Long commanderId,
            boolean active,
            Integer version) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = code;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
        this.parentId = parentId;
        this.commanderId = commanderId;
        this.active = active;
        this.version = version;
    }

    /**
     * A new, active unit.
     *
     * @param parent the unit it belongs to, {@code null} for a top-level unit
     */
    static OrgUnit create(OrgUnitKind kind, UnitCode code, String nameEn, String nameEs, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(null, kind, code.value(), null, null, null, null, true, null);
        unit.rename(nameEn, nameEs);
        unit.checkPlacementUnder(parent);
        unit.parentId = parent == null ? null : parent.id;
        return unit;
    }

    void rename(String english, String spanish) {
        this.nameEn = name(english);
        this.nameEs = name(spanish);
    }

    void recode(UnitCode newCode) {
        this.code = newCode.value();
    }

    /** Makes the employee with this id the unit's commander (or head); {@code null} leaves the post vacant. */
    void assignCommander(Long employeeId) {
        this.commanderId = employeeId;
    }

    /**
     * Places the unit under another one, or at the top of the organisation.
     *
     * @param parent the new parent, {@code null} for the top level
     * @param parentLineage the ids of {@code parent} and of all its ancestors; ignored when {@code parent} is null
     * @throws PersonnelRuleViolation when the move would make the unit its own ancestor, when the kinds do not nest,
     *     or when an active unit would go under an inactive one
     */
    void moveUnder(OrgUnit parent, List<Long> parentLineage) {
        if (parent != null && id != null && (id.equals(parent.id) || parentLineage.contains(id))) {
            throw new PersonnelRuleViolation("personnel.unit.rule.cycle", "parentId");
        }
        checkPlacementUnder(parent);
        this.parentId = parent == null ? null : parent.id;
    }

    private void checkPlacementUnder(OrgUnit parent) {
        if (parent == null) {
            if (!kind.mayBeTopLevel()) {
                throw new PersonnelRuleViolation("personnel.unit.rule.top-level", "parentId", describe(kind));
            }
            return;
        }
        if (!kind.mayNestUnder(parent.kind)) {
            throw new PersonnelRuleViolation(
                    "personnel.unit.rule.nesting", "parentId", describe(kind), describe(parent.kind));
        }
        if (active && !parent.active) {
            throw new PersonnelRuleViolation("personnel.unit.rule.parent-inactive", "parentId");
        }
    }

    /** Takes the unit out of service; it must have no serving members and no active sub-units left. */
    void deactivate(UnitUsage usage) {
        if (!active) {
            throw new PersonnelRuleViolation("personnel.unit.rule.already-inactive", null);
        }
        if (usage.servingMembers() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.deactivate-members", null, usage.servingMembers());
        }
        if (usage.activeSubUnits() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.deactivate-sub-units", null, usage.activeSubUnits());
        }
        active = false;
    }

    /**
     * Puts the unit back in service.
     *
     * @param parent its parent, {@code null} for a top-level unit; must be active
     */
    void reactivate(OrgUnit parent) {
        if (active) {
            throw new PersonnelRuleViolation("personnel.unit.rule.already-active", null);
        }
        if (parent != null && !parent.active) {
            throw new PersonnelRuleViolation("personnel.unit.rule.parent-inactive", null);
        }
        active = true;
    }

    /**
     * Refuses removal of a unit that anything still hangs on; such a unit can only be deactivated.
     *
     * @throws PersonnelRuleViolation naming what is in the way
     */
    void checkRemovable(UnitUsage usage) {
        if (usage.servingMembers() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.delete-members", null, usage.servingMembers());
        }
        if (usage.subUnits() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.delete-sub-units", null, usage.subUnits());
        }
        if (usage.formerMembers() > 0) {
            throw new PersonnelRuleViolation("personnel.unit.rule.delete-history", null);
        }
    }

    private static String name(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A unit needs a name in English and in Spanish");
        }
        String name = text.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A unit name has at most " + MAX_NAME + " characters");
        }
        return name;
    }

    private static DefaultMessageSourceResolvable describe(OrgUnitKind kind) {
        return new DefaultMessageSourceResolvable(kind.messageKey());
    }

    Long id() {
        return id;
    }

    OrgUnitKind kind() {
        return kind;
    }

    String code() {
        return code;
    }

    String nameEn() {
        return nameEn;
    }

    String nameEs() {
        return nameEs;
    }

    Long parentId() {
        return parentId;
    }

    Long commanderId() {
        return commanderId;
    }

    boolean active() {
        return active;
    }
}
