package org.precinct.intake.calls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The configurable list of inquiry topics. Administrators add topics and retire them; a topic is never deleted, so
 * that the calls counted under it keep it. Every change is audited.
 */
@Service
public class InquiryTopics {

    private static final String SELECT = "select code, label_en, label_es, position, active from intake.inquiry_topic";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    InquiryTopics(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The topics call-takers may choose, in list order. */
    public List<InquiryTopic> active() {
        return jdbc.sql(SELECT + " where active order by position, code")
                .query(InquiryTopics::topic)
                .list();
    }

    /** Every topic, retired ones included, in list order. */
    public List<InquiryTopic> all() {
        return jdbc.sql(SELECT + " order by position, code")
                .query(InquiryTopics::topic)
                .list();
    }

    public Optional<InquiryTopic> find(String code) {
        return jdbc.sql(SELECT + " where code = :code")
                .param("code", code)
                .query(InquiryTopics::topic)
                .optional();
    }

    /**
     * Adds a topic at the end of the list, before "Other" when there is one.
     *
     * @return field name → message key of what is wrong; empty when it was added
     */
    public Map<String, String> add(String code, String labelEn, String labelEs) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty()) {
            problems.put("code", "intake.calls.topics.code.required");
        } else if (cleanCode.length() > InquiryTopic.MAX_CODE || !cleanCode.matches(InquiryTopic.CODE_PATTERN)) {
            problems.put("code", "intake.calls.topics.code.invalid");
        }
        checkLabel("labelEn", labelEn, problems);
        checkLabel("labelEs", labelEs, problems);
        if (!problems.containsKey("code") && find(cleanCode).isPresent()) {
            problems.put("code", "intake.calls.topics.code.taken");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            jdbc.sql("""
                            insert into intake.inquiry_topic (code, label_en, label_es, position)
                            values (:code, :en, :es,
                                    (select coalesce(max(position), 0) + 1 from intake.inquiry_topic
                                     where code <> 'OTHER'))
                            """)
                    .param("code", cleanCode)
                    .param("en", labelEn.strip())
                    .param("es", labelEs.strip())
                    .update();
        } catch (DuplicateKeyException addedMeanwhile) {
            problems.put("code", "intake.calls.topics.code.taken");
            return problems;
        }
        audit.success(AuditAction.CREATE, "inquiry-topic", cleanCode);
        return problems;
    }

    /**
     * Retires or restores a topic.
     *
     * @return whether there is such a topic
     */
    public boolean setActive(String code, boolean active) {
        int changed = jdbc.sql("update intake.inquiry_topic set active = :active where code = :code")
                .param("active", active)
                .param("code", code)
                .update();
        if (changed == 1) {
            audit.success(AuditAction.CHANGE, "inquiry-topic", code);
        }
        return changed == 1;
    }

    private static void checkLabel(String field, String label, Map<String, String> problems) {
        if (label == null || label.isBlank()) {
            problems.put(field, "intake.calls.topics.label.required");
        } else if (label.strip().length() > InquiryTopic.MAX_LABEL) {
            problems.put(field, "intake.calls.topics.label.too-long");
        }
    }

    private static InquiryTopic topic(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        return new InquiryTopic(
                row.getString("code"),
                row.getString("label_en"),
                row.getString("label_es"),
                row.getInt("position"),
                row.getBoolean("active"));
    }
}
