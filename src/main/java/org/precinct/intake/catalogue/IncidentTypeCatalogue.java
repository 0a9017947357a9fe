package org.precinct.intake.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The incident-type catalogue: read by every module, edited by administrators. Every change is audited under the
 * object type {@value #OBJECT_TYPE} with the type's code as the object's id.
 *
 * <p>Reads are answered from an in-memory copy, because every report filed (a thousand a second at peak) looks its
 * type up. The copy is checked against a fingerprint of the table (row count and the sum of the rows' versions, which
 * every change raises) once per web request and on each read outside one, so a change made on any application node is
 * seen at once on all of them, and a request (a filing looks its type and the type's relatives up several times) sees
 * one catalogue throughout.
 */
@Service
class IncidentTypeCatalogue implements IncidentTypes {

    static final String OBJECT_TYPE = "incident-type";
    private static final String REQUEST_ATTRIBUTE = IncidentTypeCatalogue.class.getName() + ".snapshot";

    private final IncidentTypeRepository types;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private volatile Snapshot cached;

    IncidentTypeCatalogue(IncidentTypeRepository types, JdbcClient jdbc, AuditTrail audit) {
        this.types = types;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // The three reads below are deliberately open to everyone, residents included: the catalogue is public.

    @Override
    public List<IncidentTypeView> all() {
        return everything().stream().filter(IncidentTypeView::active).toList();
    }

    @Override
    public Optional<IncidentTypeView> find(String code) {
        if (!IncidentTypeCode.isValid(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().byCode().get(code));
    }

    @Override
    public List<IncidentTypeView> onlineReportable() {
        return everything().stream().filter(IncidentTypeView::fileableOnline).toList();
    }

    /** Every type, inactive ones included, by code. */
    @CatalogueAccess.ReadersOnly
    public List<IncidentTypeView> everyType() {
        return everything();
    }

    /**
     * A type with the version the edit form must send back.
     *
     * @throws NoSuchRecordException when no type has this code
     */
    @Transactional(readOnly = true)
    @CatalogueAccess.EditorsOnly
    public EditableIncidentType editable(IncidentTypeCode code) {
        IncidentType type = existing(code);
        return new EditableIncidentType(type.view(), type.version());
    }

    /**
     * Adds a type to the catalogue, active.
     *
     * @throws CatalogueRuleViolation when the code is taken or the definition breaks a rule
     */
    @Transactional
    @CatalogueAccess.EditorsOnly
    public IncidentTypeCode create(IncidentTypeCode code, IncidentTypeDefinition definition) {
        if (types.existsByCode(code.value())) {
            throw codeTaken(code);
        }
        IncidentType type = IncidentType.define(code, definition);
        try {
            types.save(type);
        } catch (DuplicateKeyException e) {
            // Two administrators creating the same code at once: the unique index decides.
            throw codeTaken(code);
        }
        audit.success(AuditAction.CREATE, OBJECT_TYPE, code.value());
        forgetRequestSnapshot();
        return code;
    }

    /**
     * Replaces a type's definition.
     *
     * @param expectedVersion the version the change was made from
     * @throws NoSuchRecordException when no type has this code
     * @throws CatalogueRuleViolation when someone changed the type since {@code expectedVersion} or the definition
     *     breaks a rule
     */
    @Transactional
    @CatalogueAccess.EditorsOnly
    public void update(IncidentTypeCode code, int expectedVersion, IncidentTypeDefinition definition) {
        IncidentType type = existing(code);
        if (type.version() != expectedVersion) {
            throw new CatalogueRuleViolation(CatalogueProblem.of(null, "intake.catalogue.rule.changed-meanwhile"));
        }
        type.redefine(definition);
        types.save(type);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, code.value());
        forgetRequestSnapshot();
    }

    /**
     * Stops new reports of a type.
     *
     * @throws NoSuchRecordException when no type has this code
     * @throws CatalogueRuleViolation when it is inactive already
     */
    @Transactional
    @CatalogueAccess.EditorsOnly
    public void deactivate(IncidentTypeCode code) {
        IncidentType type = existing(code);
        type.deactivate();
        types.save(type);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, code.value());
        forgetRequestSnapshot();
    }

    /**
     * Accepts new reports of a type again.
     *
     * @throws NoSuchRecordException when no type has this code
     * @throws CatalogueRuleViolation when it is active already
     */
    @Transactional
    @CatalogueAccess.EditorsOnly
    public void reactivate(IncidentTypeCode code) {
        IncidentType type = existing(code);
        type.reactivate();
        types.save(type);
        audit.success(AuditAction.CHANGE, OBJECT_TYPE, code.value());
        forgetRequestSnapshot();
    }

    private IncidentType existing(IncidentTypeCode code) {
        return types.findByCode(code.value()).orElseThrow(() -> new NoSuchRecordException(OBJECT_TYPE, code));
    }

    private static CatalogueRuleViolation codeTaken(IncidentTypeCode code) {
        return new CatalogueRuleViolation(
                CatalogueProblem.of("code", "intake.catalogue.rule.code-taken", code.value()));
    }

    private List<IncidentTypeView> everything() {
        return snapshot().types();
    }

    private Snapshot snapshot() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return checkedSnapshot();
        }
        if (request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Snapshot seen) {
            return seen;
        }
        Snapshot checked = checkedSnapshot();
        request.setAttribute(REQUEST_ATTRIBUTE, checked, RequestAttributes.SCOPE_REQUEST);
        return checked;
    }

    /** After a change, this request too reads the catalogue anew. */
    private static void forgetRequestSnapshot() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private Snapshot checkedSnapshot() {
        String fingerprint = jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from intake.incident_type")
                .query(String.class)
                .single();
        Snapshot current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current;
        }
        // Read after the fingerprint: at worst the copy is newer than its label and is read again next time.
        List<IncidentTypeView> loaded = types.findAll().stream()
                .map(IncidentType::view)
                .sorted(Comparator.comparing(IncidentTypeView::code))
                .toList();
        Snapshot loadedSnapshot = new Snapshot(
                fingerprint,
                loaded,
                loaded.stream()
                        .collect(
                                Collectors.toUnmodifiableMap(type -> type.code().value(), type -> type)));
        cached = loadedSnapshot;
        return loadedSnapshot;
    }

    /** The whole catalogue, by code, with the fingerprint of the table it was read from. */
    private record Snapshot(String fingerprint, List<IncidentTypeView> types, Map<String, IncidentTypeView> byCode) {}
}
