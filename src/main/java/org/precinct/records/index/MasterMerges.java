package org.precinct.records.index;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.MasterRecordKind;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records staff merge two master records that are the same person, vehicle or item, and undo a merge that was
 * wrong. The merged record is kept as it was, marked as merged into the other; every involvement moves to the
 * record kept, and the merge lists them, so that undoing it moves exactly those back.
 */
@Service
public class MasterMerges {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonIndex persons;
    private final AuditTrail audit;

    MasterMerges(JdbcClient jdbc, Clock clock, PersonIndex persons, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * Merges {@code merged} into {@code survivor}.
     *
     * @return the merge's id
     * @throws NoSuchRecordException when either record does not exist
     * @throws RuleViolationException {@code records.index.merge.same} for one record twice,
     *     {@code records.index.merge.not-live} when either is already merged into another
     */
    @Transactional
    public long merge(MasterRecordKind kind, long survivor, long merged, String reason, RecordsStaff staff) {
        if (survivor == merged) {
            throw new RuleViolationException("records.index.merge.same");
        }
        String table = table(kind);
        // Lock both rows, in id order so two merges of the same pair cannot deadlock.
        List<Long> live = jdbc.sql("select id from " + table + " where id in (:a, :b) and merged_into is null"
                        + " order by id for update")
                .param("a", survivor)
                .param("b", merged)
                .query(Long.class)
                .list();
        if (live.size() < 2) {
            long existing = jdbc.sql("select count(*) from " + table + " where id in (:a, :b)")
                    .param("a", survivor)
                    .param("b", merged)
                    .query(Long.class)
                    .single();
            if (existing < 2) {
                throw new NoSuchRecordException(kind.name(), live.isEmpty() ? survivor : merged);
            }
            throw new RuleViolationException("records.index.merge.not-live");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long mergeId = jdbc.sql("""
                        insert into records.master_merge (record_kind, survivor_id, merged_id, reason, merged_at,
                            merged_by)
                        values (:kind, :survivor, :merged, :reason, :now, :by) returning id
                        """)
                .param("kind", kind.name())
                .param("survivor", survivor)
                .param("merged", merged)
                .param("reason", PersonIndex.blankToNull(reason))
                .param("now", now)
                .param("by", staff.username())
                .query(Long.class)
                .single();
        jdbc.sql("update " + table + " set merged_into = :survivor, updated_at = :now, version = version + 1"
                        + " where id = :merged")
                .param("survivor", survivor)
                .param("merged", merged)
                .param("now", now)
                .update();
        jdbc.sql("""
                        with moved as (
                            update records.involvement set record_id = :survivor
                            where record_kind = :kind and record_id = :merged
                            returning id
                        )
                        insert into records.master_merge_moved (merge_id, involvement_id)
                        select :merge, id from moved
                        """)
                .param("survivor", survivor)
                .param("merged", merged)
                .param("kind", kind.name())
                .param("merge", mergeId)
                .update();
        if (kind == MasterRecordKind.PERSON) {
            jdbc.sql("delete from records.person_search_name where person_id = :merged")
                    .param("merged", merged)
                    .update();
            persons.rebuildSearchNames(survivor);
        }
        audit.success(AuditAction.CHANGE, objectType(kind), survivor);
        audit.success(AuditAction.CHANGE, objectType(kind), merged);
        return mergeId;
    }

    /**
     * Undoes a merge: the merged record is live again, with the involvements the merge moved.
     *
     * @return the merge's two records: survivor and merged
     * @throws RuleViolationException {@code records.index.merge.already-undone}
     */
    @Transactional
    public long[] undo(long mergeId, RecordsStaff staff) {
        record Merge(MasterRecordKind kind, long survivor, long merged, boolean undone) {}
        Merge merge = jdbc.sql("""
                        select record_kind, survivor_id, merged_id, undone_at is not null
                        from records.master_merge where id = :id for update
                        """)
                .param("id", mergeId)
                .query((rs, row) -> new Merge(
                        MasterRecordKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                .optional()
                .orElseThrow(() -> new NoSuchRecordException("merge", mergeId));
        if (merge.undone()) {
            throw new RuleViolationException("records.index.merge.already-undone");
        }
        String table = table(merge.kind());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update " + table + " set merged_into = null, updated_at = :now, version = version + 1"
                        + " where id = :merged")
                .param("merged", merge.merged())
                .param("now", now)
                .update();
        jdbc.sql("""
                        update records.involvement set record_id = :merged
                        where id in (select involvement_id from records.master_merge_moved where merge_id = :merge)
                        """).param("merged", merge.merged()).param("merge", mergeId).update();
        jdbc.sql("update records.master_merge set undone_at = :now, undone_by = :by where id = :id")
                .param("now", now)
                .param("by", staff.username())
                .param("id", mergeId)
                .update();
        if (merge.kind() == MasterRecordKind.PERSON) {
            Optional<Long> survivorRoot = persons.liveRecordOf(merge.survivor());
            survivorRoot.ifPresent(persons::rebuildSearchNames);
            persons.rebuildSearchNames(merge.merged());
        }
        audit.success(AuditAction.CHANGE, objectType(merge.kind()), merge.survivor());
        audit.success(AuditAction.CHANGE, objectType(merge.kind()), merge.merged());
        return new long[] {merge.survivor(), merge.merged()};
    }

    /** The audit trail's name for a kind of master record. */
    public static String objectType(MasterRecordKind kind) {
        return "master-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String table(MasterRecordKind kind) {
        switch (kind) {
            case PERSON:
                return "records.master_person";
            case VEHICLE:
                return "records.master_vehicle";
            default:
                return "records.master_property";
        }
    }
}
