package org.precinct.records.index;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.MasterIndexes;
import org.precinct.records.MasterInvolvement;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPropertyDetails;
import org.precinct.records.MasterRecordInvalidException;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.MasterRecordSaved;
import org.precinct.records.MasterVehicleDetails;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the master indexes: checks details, saves records with the duplicate check, records involvements, and
 * records each change in the audit trail.
 */
@Service
class MasterIndexRegistry implements MasterIndexes {

    private final PersonIndex persons;
    private final ItemIndex items;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MasterIndexRegistry(PersonIndex persons, ItemIndex items, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.persons = persons;
        this.items = items;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public MasterRecordSaved registerPerson(MasterPersonDetails details) {
        refuseIf(MasterRecordProblems.of(details, clock));
        long id = persons.insert(details);
        audit.success(AuditAction.CREATE, MasterMerges.objectType(MasterRecordKind.PERSON), id);
        return new MasterRecordSaved(id, persons.possibleDuplicates(details, id), List.of());
    }

    @Override
    @Transactional
    public MasterRecordSaved registerVehicle(MasterVehicleDetails details) {
        refuseIf(MasterRecordProblems.of(details, clock));
        long id = items.insertVehicle(details);
        audit.success(AuditAction.CREATE, MasterMerges.objectType(MasterRecordKind.VEHICLE), id);
        List<String> warnings = new ArrayList<>();
        if (details.vin() != null && !details.vin().isBlank()) {
            VinCheck.Result check = VinCheck.check(details.vin());
            if (check == VinCheck.Result.WRONG_CHECK_DIGIT) {
                warnings.add("records.index.warning.vin-check-digit");
            } else if (check == VinCheck.Result.NOT_STANDARD) {
                warnings.add("records.index.warning.vin-not-standard");
            }
        }
        return new MasterRecordSaved(id, items.possibleDuplicates(details, id), warnings);
    }

    @Override
    @Transactional
    public MasterRecordSaved registerProperty(MasterPropertyDetails details) {
        refuseIf(MasterRecordProblems.of(details));
        long id = items.insertProperty(details);
        audit.success(AuditAction.CREATE, MasterMerges.objectType(MasterRecordKind.PROPERTY), id);
        return new MasterRecordSaved(id, items.possibleDuplicates(details, id), List.of());
    }

    @Override
    @Transactional
    public long recordInvolvement(MasterInvolvement involvement) {
        long record = liveRecordOf(involvement.kind(), involvement.recordId());
        long id = jdbc.sql("""
                        insert into records.involvement (record_kind, record_id, report_number, role, occurred_on,
                            recorded_at)
                        values (:kind, :record, :report, :role, :occurred, :now) returning id
                        """)
                .param("kind", involvement.kind().name())
                .param("record", record)
                .param("report", involvement.reportNumber())
                .param("role", involvement.role().toUpperCase(java.util.Locale.ROOT))
                .param("occurred", involvement.occurredOn())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.success(AuditAction.CHANGE, MasterMerges.objectType(involvement.kind()), record);
        return id;
    }

    private long liveRecordOf(MasterRecordKind kind, long id) {
        if (kind == MasterRecordKind.PERSON) {
            return persons.liveRecordOf(id).orElseThrow(() -> new NoSuchRecordException(kind.name(), id));
        }
        Long current = id;
        // Vehicles and items are merged rarely and never deeply; follow the chain to the live record.
        for (int depth = 0; depth < 100; depth++) {
            Long next = jdbc.sql("select coalesce(merged_into, 0) from " + MasterMerges.table(kind) + " where id = :id")
                    .param("id", current)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new NoSuchRecordException(kind.name(), id));
            if (next == 0) {
                return current;
            }
            current = next;
        }
        throw new IllegalStateException("A merge chain without end at " + kind + " " + id);
    }

    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new MasterRecordInvalidException(problems);
        }
    }
}
