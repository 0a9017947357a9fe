package org.precinct.records.export;

import java.util.Locale;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.report.IncidentReportQueries;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.shared.PrecinctProperties;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Printable copies of approved reports for release, redacted (see {@link ReleasePdf}); whoever may read the report may
 * print it. Every copy is audited as an export.
 */
@Service
public class ReleaseCopies {

    private final IncidentReportQueries queries;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final PrecinctProperties properties;

    ReleaseCopies(
            IncidentReportQueries queries, AuditTrail audit, MessageSource messages, PrecinctProperties properties) {
        this.queries = queries;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The PDF of an approved report, in the reader's language.
     *
     * @throws org.precinct.shared.NoSuchRecordException when there is no such report or the reader may not know of it
     * @throws RuleViolationException when the report is not approved yet: only the department's record is released
     */
    public byte[] pdf(String reportNumber, Locale locale) {
        IncidentReportDetails report = queries.details(reportNumber);
        if (!report.status().approved()) {
            throw new RuleViolationException("records.export.pdf.not-approved");
        }
        audit.success(AuditAction.EXPORT, IncidentReportWorkflow.OBJECT_TYPE, reportNumber);
        ReleasePdf pdf = new ReleasePdf(messages, locale, properties.timeZone());
        return pdf.render(
                pdf.lines(report, properties.departmentName()),
                messages.getMessage("records.export.pdf.title", new Object[] {reportNumber}, locale));
    }
}
