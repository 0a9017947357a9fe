package org.precinct.intake.calls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.SameIncidentAccounts;
import org.precinct.intake.TriageReason;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a call-taker does with a call, each ending with the call logged: a report filed on the phone channel with
 * the caller's number and the call-taker's name, an account added to a report already filed, a transfer to 911
 * that stores no report, or an inquiry answered. A report or an account and its call are stored in one transaction.
 */
@Service
public class CallTaking {

    /** The caller's number: digits with the usual marks, as for a reporter's. */
    public static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{7,25}");

    private final ReportSubmission submission;
    private final SameIncidentAccounts accounts;
    private final ReportTriage triage;
    private final CallLog log;
    private final InquiryTopics topics;
    private final TransactionTemplate transactions;

    CallTaking(
            ReportSubmission submission,
            SameIncidentAccounts accounts,
            ReportTriage triage,
            CallLog log,
            InquiryTopics topics,
            TransactionTemplate transactions) {
        this.submission = submission;
        this.accounts = accounts;
        this.triage = triage;
        this.log = log;
        this.topics = topics;
        this.transactions = transactions;
    }

    /**
     * Files the caller's report. The emergency check comes first, then the caller's number (required for a phone
     * report), then everything {@link ReportSubmission} checks.
     *
     * @param idempotencyKey the console form's key: submitting the same form twice files one report
     */
    public FilingOutcome fileReport(
            ReportDraft draft, TriageRequest safety, String callerPhone, String idempotencyKey, Locale locale) {
        TriageResult assessment = triage.assess(safety);
        if (assessment.emergency()) {
            return new FilingOutcome.Emergency(assessment);
        }
        Map<String, String> problems = checkPhone(callerPhone, true);
        if (!problems.isEmpty()) {
            return new FilingOutcome.Invalid(problems);
        }
        String takenBy = CallLog.signedInUsername();
        return transactions.execute(status -> {
            FilingOutcome outcome = submission.submit(
                    draft,
                    Channel.PHONE,
                    new ReportSubmission.Context(idempotencyKey, callerPhone.strip(), takenBy, locale));
            if (outcome instanceof FilingOutcome.Filed filed && !filed.repeated()) {
                log.log(new CallLog.FinishedCall(
                        CallOutcome.REPORT_TAKEN, callerPhone, List.of(), null, null, filed.trackingNumber()));
            }
            return outcome;
        });
    }

    /** Adds the caller's account to an open report instead of filing a second one. */
    public SameIncidentAccounts.Outcome addToReport(
            String report, SameIncidentAccounts.Source source, SameIncidentAccounts.Account account, String phone) {
        Map<String, String> problems = checkPhone(phone, false);
        if (!problems.isEmpty()) {
            return new SameIncidentAccounts.Outcome.Invalid(problems);
        }
        return transactions.execute(status -> {
            SameIncidentAccounts.Outcome outcome = accounts.addFromCaller(report, source, account);
            if (outcome instanceof SameIncidentAccounts.Outcome.Added added) {
                log.log(new CallLog.FinishedCall(
                        CallOutcome.ADDED_TO_REPORT, phone, List.of(), null, null, added.trackingNumber()));
            }
            return outcome;
        });
    }

    /**
     * Logs the call as handed to 911, with the reasons the emergency check gives for what the caller said (none when
     * the call-taker judged it an emergency on other grounds). Never waits on a missing or odd phone number, and
     * stores no report.
     */
    public List<TriageReason> transferTo911(String callerPhone, TriageRequest safety) {
        List<TriageReason> reasons = triage.assess(safety).reasons();
        log.log(new CallLog.FinishedCall(CallOutcome.TRANSFERRED_911, callerPhone, reasons, null, null, null));
        return reasons;
    }

    /**
     * Logs an answered inquiry.
     *
     * @return field name → message key of what is wrong; empty when it was logged
     */
    public Map<String, String> answerInquiry(String callerPhone, String topic, String note) {
        Map<String, String> problems = checkPhone(callerPhone, false);
        if (topic == null || topic.isBlank()) {
            problems.put("topic", "intake.calls.inquiry.topic.required");
        } else if (topics.find(topic.strip()).filter(InquiryTopic::active).isEmpty()) {
            problems.put("topic", "intake.calls.inquiry.topic.unknown");
        }
        if (note != null && note.length() > CallLog.MAX_NOTE) {
            problems.put("note", "intake.calls.inquiry.note.too-long");
        }
        if (problems.isEmpty()) {
            log.log(new CallLog.FinishedCall(
                    CallOutcome.INQUIRY_ANSWERED, callerPhone, List.of(), topic.strip(), note, null));
        }
        return problems;
    }

    private static Map<String, String> checkPhone(String phone, boolean required) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (phone == null || phone.isBlank()) {
            if (required) {
                problems.put("callerPhone", "intake.calls.caller-phone.required");
            }
        } else if (!PHONE.matcher(phone.strip()).matches()) {
            problems.put("callerPhone", "intake.calls.caller-phone.invalid");
        }
        return problems;
    }
}
