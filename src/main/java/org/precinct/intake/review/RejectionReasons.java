package org.precinct.intake.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's list of reasons for not accepting a report. Reviewers choose from the active ones; supervisors
 * and administrators add reasons and take them out of use (never delete them: decisions keep their reason). Changes
 * are audited under the object type {@value #OBJECT_TYPE} with the code as the object's id.
 */
@Service
public class RejectionReasons {

    public static final String OBJECT_TYPE = "rejection-reason";

    private static final String SELECT = "select code, label_en, label_es, active from intake.rejection_reason";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RejectionReasons(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The reasons reviewers may choose now, in the list's order. Open to every caller: labels only. */
    @Transactional(readOnly = true)
    public List<RejectionReason> active() {
        return jdbc.sql(SELECT + " where active order by position, code")
                .query(RejectionReasons::reason)
                .list();
    }

    /** Every reason, those out of use included, in the list's order. */
    @Transactional(readOnly = true)
    public List<RejectionReason> all() {
        SignedInStaff.current().require(ReviewAccess.LIST_KEEPERS, audit, AuditAction.VIEW, OBJECT_TYPE, "list");
        return jdbc.sql(SELECT + " order by position, code")
                .query(RejectionReasons::reason)
                .list();
    }

    /** The reason with this code, active or not. */
    @Transactional(readOnly = true)
    public Optional<RejectionReason> find(String code) {
        if (code == null || !code.strip().matches(RejectionReason.CODE_PATTERN)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where code = :code")
                .param("code", code.strip())
                .query(RejectionReasons::reason)
                .optional();
    }

    /**
     * Adds a reason at the end of the list, active.
     *
     * @throws InvalidReviewInput when a field is missing, malformed or too long, or the code is taken
     */
    @Transactional
    public RejectionReason add(String code, String labelEn, String labelEs) {
        String attempted = code == null ? "?" : code.strip().toUpperCase(Locale.ROOT);
        SignedInStaff.current().require(ReviewAccess.LIST_KEEPERS, audit, AuditAction.CREATE, OBJECT_TYPE, attempted);
        InvalidReviewInput.Collector input = new InvalidReviewInput.Collector();
        String cleanCode = input.required("code", code, 40);
        if (cleanCode != null) {
            cleanCode = cleanCode.toUpperCase(Locale.ROOT);
            if (!cleanCode.matches(RejectionReason.CODE_PATTERN)) {
                input.add("code", "intake.review.reasons.code.format");
            } else if (find(cleanCode).isPresent()) {
                input.add("code", "intake.review.reasons.code.taken");
            }
        }
        String english = input.required("labelEn", labelEn, 200);
        String spanish = input.required("labelEs", labelEs, 200);
        input.throwIfAny();
        try {
            jdbc.sql("""
                            insert into intake.rejection_reason (code, label_en, label_es, position)
                            values (:code, :labelEn, :labelEs,
                                    (select coalesce(max(position), 0) + 10 from intake.rejection_reason))
                            """)
                    .param("code", cleanCode)
                    .param("labelEn", english)
                    .param("labelEs", spanish)
                    .update();
        } catch (DuplicateKeyException addedMeanwhile) {
            throw InvalidReviewInput.of("code", "intake.review.reasons.code.taken");
        }
        audit.success(AuditAction.CREATE, OBJECT_TYPE, cleanCode);
        return new RejectionReason(cleanCode, english, spanish, true);
    }

    /**
     * Takes a reason out of use, or puts it back; setting what is already set changes nothing.
     *
     * @return whether a reason with this code exists
     */
    @Transactional
    public boolean setActive(String code, boolean active) {
        SignedInStaff.current().require(ReviewAccess.LIST_KEEPERS, audit, AuditAction.CHANGE, OBJECT_TYPE, code);
        if (code == null || !code.matches(RejectionReason.CODE_PATTERN)) {
            return false;
        }
        int updated = jdbc.sql(
                        "update intake.rejection_reason set active = :active, updated_at = now() where code = :code")
                .param("active", active)
                .param("code", code)
                .update();
        if (updated == 1) {
            audit.success(AuditAction.CHANGE, OBJECT_TYPE, code);
        }
        return updated == 1;
    }

    private static RejectionReason reason(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        return new RejectionReason(
                row.getString("code"), row.getString("label_en"), row.getString("label_es"), row.getBoolean("active"));
    }
}
