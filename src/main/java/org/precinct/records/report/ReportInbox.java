package org.precinct.records.report;

import java.util.List;

/**
 * A staff member's task inbox: their drafts, the reports returned to them, their reports in review, and, for
 * supervisors and records clerks, the reports waiting for their review.
 *
 * @param supervisorReview submitted reports of others, and those this supervisor is reviewing; empty for others
 * @param recordsReview reports waiting for the Bureau of Records; empty for all but records staff
 */
public record ReportInbox(
        List<InboxEntry> drafts,
        List<InboxEntry> returned,
        List<InboxEntry> inReview,
        List<InboxEntry> supervisorReview,
        List<InboxEntry> recordsReview,
        boolean supervisor,
        boolean records) {

    public boolean empty() {
        return drafts.isEmpty()
                && returned.isEmpty()
                && inReview.isEmpty()
                && supervisorReview.isEmpty()
                && recordsReview.isEmpty();
    }
}
